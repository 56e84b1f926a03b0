import { LANGUAGES, LANGUAGE_NAMES, type Lang } from './text';

interface Props {
  lang: Lang;
  /** The group's accessible name, in the current language. */
  label: string;
  onChange: (lang: Lang) => void;
}

/** Three toggle buttons; each names its language in that language (and says so with `lang`). */
export function LanguageSwitch({ lang, label, onChange }: Props) {
  return (
    <div className="language-switch" role="group" aria-label={label}>
      {LANGUAGES.map((code) => (
        <button key={code} type="button" lang={code} aria-pressed={code === lang} onClick={() => onChange(code)}>
          {LANGUAGE_NAMES[code]}
        </button>
      ))}
    </div>
  );
}
