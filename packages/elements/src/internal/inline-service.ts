import { parseOutput, PublicServiceShape, type PublicService } from '@hapur/sdk';
import { parseInlineJson } from './inline-json.js';

// Apart from inline-json.ts: the tracker reads inline JSON too, and must not load the service's shape with it.
/**
 * Reads a service from an inline `<script type="application/json">`: `null` when it is empty (a block
 * placed before its data was filled in), a ResponseShapeError when it does not match the schema.
 * @internal
 */
export function parseInlineService(text: string): PublicService | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === 'null') return null;
  return parseOutput(PublicServiceShape, parseInlineJson(trimmed), 'inline');
}
