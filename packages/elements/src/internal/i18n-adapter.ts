/**
 * @deprecated Import `resolveText`, `negotiateLanguage`, `UI_LANGUAGES` and `UiLanguage` from `@hapur/sdk`.
 * This file was the stand-in before the SDK's i18n landed; it stays as a re-export so blocks written
 * against it keep compiling, and can be deleted once nothing imports it.
 * @internal
 */
export { resolveText, negotiateLanguage, UI_LANGUAGES } from '@hapur/sdk';
export type { ResolvedText, UiLanguage, LocalizedText as LocalizedTextLike } from '@hapur/sdk';
