import { ResponseShapeError } from '@hapur/sdk';

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
