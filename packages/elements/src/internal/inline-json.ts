import { parseOutput, PublicServiceShape, ResponseShapeError, type PublicService } from '@hapur/sdk';

/** The text of an inline `<script type="application/json">` child, as JSON; a ResponseShapeError the error state explains, never a raw SyntaxError. @internal */
export function parseInlineJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ResponseShapeError({
      url: 'inline',
      issues: [{ path: '', code: 'invalid_json', message: 'The inline data is not JSON' }],
      cause,
    });
  }
}

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
