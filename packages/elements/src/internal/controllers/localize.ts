import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sharedStrings, type Translation } from '../../translations/index.js';
import { registeredLanguage, type Catalogue } from '../catalogue.js';
import { importAgain } from '../while-online.js';
import type * as cyrl from '../cyrl.js';
import type { DurationUnit } from '../../translations/translation.js';
import { negotiateLanguage, type UiLanguage } from '@hapur/sdk';
import { dataText } from '../data-text.js';
import { formatAlbanianDay, inOwnWords, intlAs } from '@hapur/sdk/rules';

/** What the controller needs from its host: the requested tag, resolved by HapurElement. */
export interface LocalizeHost extends ReactiveControllerHost {
  /** Raw BCP 47 tag from the element, its ancestors or the document (e.g. `sr`, `sq-AL`). */
  readonly requestedLang: string;
  /** The catalogues the host renders with besides the shared strings (its own, the feedback blocks'). */
  readonly catalogues?: readonly Catalogue<object>[];
}

/** Units in the order of the ISO 8601 duration groups matched below. */
const intlSupport = new Map<string, boolean>();

const DURATION_UNITS: readonly DurationUnit[] = ['year', 'month', 'week', 'day', 'hour', 'minute'];

/** Format locale per (catalogue, requested language): building Intl.Locale objects on every call is slow. */
const formatLocales = new Map<string, string>();
/**
 * Intl formatters are costly to build (a card formats several dates and amounts; a list, many cards):
 * one per class, locale and options, shared by every element on the page.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
/** The value `map` holds for `key`, made and kept the first time it is asked for. */
function cached<V, T extends V>(map: Map<string, V>, key: string, make: () => T): T {
  let made = map.get(key) as T | undefined;
  if (made === undefined) map.set(key, (made = make()));
  return made;
}
const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached(formatters, `d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached(formatters, `n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

/** The transliteration for Serbian Cyrillic readers' data text (`data-text.ts`), once asked for; loaded once. */
let serbianScript: Promise<void> | undefined;
/** True once it is in place: until then a Cyrillic reader's block is not ready (no data text shown in Latin first). */
let serbianScriptReady = false;

const ISO_DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;

/**
 * Per-element localization: each element has its own language (two blocks in two languages on one
 * page is normal on a trilingual site), loads only the catalogue it uses, and formats dates,
 * numbers, money and durations with `Intl` in that language. See docs/decisions/0003.
 * @internal
 */
export class LocalizeController implements ReactiveController {
  readonly #host: LocalizeHost;
  #current: Translation | undefined;

  constructor(host: LocalizeHost) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * The built-in UI language nearest the element's: `sq`, `sr-Latn`, `en`, `tr`, `bs` or `sr-Cyrl` (others
   * fall back to `en`). The SDK's wording (validation messages, due dates) and data text use it.
   */
  get lang(): UiLanguage {
    return negotiateLanguage(this.#host.requestedLang);
  }

  /** The language of the interface strings: one a site registered (`registerTranslation`), else {@link lang}. */
  get uiLang(): string {
    return registeredLanguage(this.#host.requestedLang) ?? this.lang;
  }

  /**
   * Locale for Intl formatting: the catalogue's language and script plus the page's region if it
   * gave one (`en-GB` dates, `sq-AL`). `sr-Latn` stays Latin: bare `sr` would format in Cyrillic. Bosnian is
   * written with Serbian Latin's data (`bs-BA` → `sr-Latn-BA`: "1,00 €"; SDK `intlAs`, and Bosnian months by `inOwnWords`: "5. juni 2027.").
   */
  get formatLocale(): string {
    const requested = this.#host.requestedLang;
    return cached(formatLocales, `${this.uiLang}|${requested}`, () => {
      const base = new Intl.Locale(intlAs(this.uiLang));
      let region: string | undefined;
      try {
        region = new Intl.Locale(requested).region;
      } catch {
        // Not a language tag: no region.
      }
      // An option that is undefined is not applied (ECMA-402 GetOption).
      return new Intl.Locale(base.language, { script: base.script, region } as Intl.LocaleOptions).toString();
    });
  }

  /** Every catalogue the host renders with: the shared strings first. */
  get #catalogues(): readonly Catalogue<object>[] {
    return [sharedStrings, ...(this.#host.catalogues ?? [])];
  }

  /** True once every catalogue the host renders with is loaded for the current language. */
  get ready(): boolean {
    const lang = this.uiLang;
    return (
      (serbianScriptReady || this.lang !== 'sr-Cyrl') &&
      this.#catalogues.every((catalogue) => catalogue.get(lang) !== undefined)
    );
  }

  /** The shared strings. Read them only in render when `ready` is true. */
  get t(): Translation {
    const catalogue = sharedStrings.get(this.uiLang) ?? this.#current;
    if (!catalogue) throw new Error(`Translation catalogue "${this.uiLang}" read before it was loaded`);
    return catalogue;
  }

  /** A block's own (or the feedback blocks') strings in the current language. Read them only when `ready` is true. */
  text<T extends object>(catalogue: Catalogue<T>): T {
    return catalogue.get(this.uiLang) as T;
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  /** Starts loading the host's catalogues for its language; the host re-renders when each arrives. */
  #sync(): void {
    const lang = this.uiLang;
    this.#current = sharedStrings.get(lang) ?? this.#current;
    const update = () => this.#host.requestUpdate();
    // A language file that did not arrive (the line dropped while it loaded) leaves the block loading: it is asked for
    // again at the next render, and the browser's next `online` brings one (no unhandled rejection).
    const retry = () => addEventListener('online', update, { once: true });
    for (const catalogue of this.#catalogues) if (!catalogue.get(lang)) catalogue.load(lang).then(update, retry);
    // Its own chunk (cyrl.ts): pages in other languages never download the transliteration. It loads beside the
    // Cyrillic strings (and is smaller, 0.8 KB); the block is ready when both are in, and renders again then. One whose
    // download broke off is fetched again under a new URL (`importAgain`), as a language file is.
    if (this.lang === 'sr-Cyrl' && !serbianScriptReady)
      (serbianScript ??= import('../cyrl.js').catch(importAgain<typeof cyrl>).then(
        (m) => {
          dataText.resolve = m.default(dataText.resolve);
          serbianScriptReady = true;
        },
        (error: unknown) => {
          serbianScript = undefined;
          throw error;
        },
      )).then(update, retry);
  }

  /** Whether this browser's Intl has data for the language (Chromium has none for Albanian). */
  get #intlKnows(): boolean {
    // Ask about the bare catalogue language: Chromium claims `sq-XK` is supported yet formats it with
    // root-locale data ("1 M12 2026"), while it rightly reports `sq` as unsupported.
    const locale = this.uiLang;
    return cached(intlSupport, locale, () => Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0);
  }

  /** A calendar date (`2026-03-15`) or instant, long form: "15 March 2026", "15 mars 2026", "15. mart 2026.". */
  date(value: string | Date): string {
    const date =
      typeof value === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00` : value) : value;
    if (Number.isNaN(date.getTime())) return String(value);
    // Only Albanian lacks locale data in a browser we know of (Chromium): its days are written by the SDK.
    if (this.#intlKnows || this.lang !== 'sq')
      return inOwnWords(this.uiLang, dateFormat(this.formatLocale, { dateStyle: 'long' }).format(date));
    return formatAlbanianDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    // As money(): where Intl has no Albanian (Chromium), numbers as CLDR writes Albanian ones, which is how it writes
    // Polish ones ("2,5", "12 345"), not as English ones ("2.5", "12,345").
    return numberFormat(this.#intlKnows ? this.formatLocale : 'pl', options).format(value);
  }

  money(value: number, currency: string): string {
    // Where Intl has no Albanian (Chromium), amounts are written as CLDR writes Albanian ones, which is how it writes
    // Polish ones: "12,00 €", "1250,50 MKD", "3 000 000,00 MKD" (groups from five digits), "1500 ALL".
    return this.number(value, { style: 'currency', currency });
  }

  /** A language's name in the reader's language (`sq` → "Albanian" / "shqip" / "albanski"). */
  languageName(tag: string): string {
    const known = this.t.languageNames[tag];
    if (known) return known;
    try {
      return new Intl.DisplayNames(this.formatLocale, { type: 'language' }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  }

  /** An ISO 8601 duration (`P30D`, `P1M15D`, `PT48H`) in words; unparseable input is returned as is. */
  duration(iso: string): string {
    const match = ISO_DURATION.exec(iso);
    if (!match || iso === 'P' || iso.endsWith('T')) return iso;
    return DURATION_UNITS.flatMap((unit, index) => {
      const amount = match[index + 1];
      return amount === undefined ? [] : [this.t.durationUnit(unit, Number(amount))];
    }).join(', ');
  }
}
