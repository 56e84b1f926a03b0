import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonLdScriptJson } from './script-text.js';

test('JSON-LD script text escapes what could close or change its script element, and parses back unchanged', () => {
  const value = { name: '</script><script>alert(1)</script>', note: '<!-- a & b -->', lines: 'one\u2028two\u2029' };
  const text = jsonLdScriptJson(value);
  assert.doesNotMatch(text, /[<>&\u2028\u2029]/);
  assert.match(text, /\\u003c\/script\\u003e/);
  assert.deepEqual(JSON.parse(text), value);
  assert.equal(jsonLdScriptJson({ plain: 'text' }), '{"plain":"text"}');
});
