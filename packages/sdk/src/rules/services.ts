import type { PublicService } from '../schemas/service.js';
import { searchFold } from './search.js';

/** What a service list can be narrowed by; an absent or empty field does not filter. */
export interface ServiceFilter {
  /** Only services this institution is competent for (`competentAuthorityIds`). */
  institution?: string | undefined;
  /**
   * Free text, matched in any language against name and description, accents and case ignored. The API and the SDK
   * client also ignore the Serbian script (they pass `cyrillicToLatin` as `filterServices`'s `letters`): "дозвол" finds
   * "dozvola" and "dozvol" finds "дозвола". (`<hapur-service-list>` searches the text as stored and as it shows it, so on
   * a Serbian Cyrillic page its transliteration of Latin data is found too.)
   */
  q?: string | undefined;
  /**
   * Only services offered in this language (`languages`, e.g. `sr-Latn`), whatever its script or region: a service
   * offered in Serbian is offered to a reader of `sr-Cyrl` as to one of `sr-Latn`, one in `en` to a reader of `en-GB`.
   * Only the primary language subtags are compared.
   */
  lang?: string | undefined;
  /**
   * Only services with this status (`active`, `withdrawn`, …). Without it every service but the withdrawn
   * ones: a withdrawn service leaves the list, and its own URL still answers with its status.
   */
  status?: string | undefined;
}

/** The filter's fields in the order the API's query string names them (`GET /services?institution=&q=&lang=&status=`). */
export const SERVICE_FILTER_KEYS = [
  'institution',
  'q',
  'lang',
  'status',
] as const satisfies readonly (keyof ServiceFilter)[];

/** A tag's language, letter case aside (`SQ`, `sq-AL` and `sq` are Albanian). */
const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The one service filter: the API applies it to the stored services and the client applies it to a
 * static export (which holds every service in one file), so both modes answer the same. `letters`, when given, is
 * applied to the query and to every text before accents and case are dropped: the API and the SDK client pass the
 * SDK's `cyrillicToLatin`, so a query in either Serbian script finds text in either. (A parameter, not an import, so
 * the blocks that filter with this function do not carry the transliteration table.)
 */
export function filterServices(
  services: readonly PublicService[],
  filter: ServiceFilter,
  letters: (text: string) => string = (text) => text,
): PublicService[] {
  const fold = (text: string) => searchFold(letters(text));
  const needle = fold(filter.q?.trim() ?? '');
  return services.filter(
    (s) =>
      (filter.status ? s.status === filter.status : s.status !== 'withdrawn') &&
      (!filter.institution || s.competentAuthorityIds.includes(filter.institution)) &&
      (!filter.lang || s.languages.some((l) => primary(l) === primary(filter.lang!))) &&
      (!needle || [s.name, s.description].some((t) => Object.values(t.values).some((v) => fold(v).includes(needle)))),
  );
}

/** Reads a filter from query parameters (the API's side): unknown keys are ignored, empty values do not filter. */
export function serviceFilterFrom(query: Readonly<Record<string, string | undefined>>): ServiceFilter {
  const filter: ServiceFilter = {};
  for (const key of SERVICE_FILTER_KEYS) if (query[key]) filter[key] = query[key];
  return filter;
}
