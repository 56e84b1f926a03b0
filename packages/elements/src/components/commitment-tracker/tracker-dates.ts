import { parseFlexibleDate } from '@hapur/sdk';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A document with every due date given as `{ text, lang }` only parsed the way the SDK import does. Loaded
 * lazily by `readTrackerDocuments`: the parser's words (nine languages) are only downloaded for such files.
 * @internal
 */
export function withParsedDates(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(withParsedDates);
  if (!isRecord(json)) return json;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (key === 'due' && isRecord(value) && typeof value['text'] === 'string' && value['kind'] === undefined) {
      out[key] = parseFlexibleDate(value['text'], typeof value['lang'] === 'string' ? value['lang'] : undefined);
    } else out[key] = withParsedDates(value);
  }
  return out;
}
