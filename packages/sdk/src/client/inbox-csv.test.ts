// The inbox CSV download: the staff token in the Authorization header (never in the URL), the filters without
// paging, the file name the server gives and the text as sent; a refused token is the SDK's error.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from './create-client.js';

function api(answer: () => Response) {
  const seen: { url: URL; auth: string | null }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    seen.push({ url: new URL(request.url), auth: request.headers.get('authorization') });
    return answer();
  };
  const client = createClient({ baseUrl: 'http://api.test/api/v1', token: 'secret-token', fetch, retry: 0 });
  return { seen, client };
}

describe('client.staff.exportCsv', () => {
  it('sends the token in a header, the filters in the URL, and returns the named file', async () => {
    const csv = 'reference,type\r\nHP-2026-000101,proposal\r\n';
    const { seen, client } = api(
      () =>
        new Response(`\uFEFF${csv}`, {
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': 'attachment; filename="xk-a-submissions.csv"',
          },
        }),
    );
    const file = await client.staff.exportCsv({ status: 'open', page: 3, pageSize: 20, lang: 'en' });
    assert.deepEqual(file, { fileName: 'xk-a-submissions.csv', content: csv });
    assert.equal(seen[0]!.url.pathname, '/api/v1/staff/submissions.csv');
    assert.deepEqual(Object.fromEntries(seen[0]!.url.searchParams), { status: 'open', lang: 'en' });
    assert.equal(seen[0]!.auth, 'Bearer secret-token');
    assert.ok(!seen[0]!.url.href.includes('secret-token'));
  });

  it('names the file itself when the server does not, and throws the SDK error for a refused token', async () => {
    const ok = api(() => new Response('reference\r\n', { headers: { 'content-type': 'text/csv' } }));
    assert.equal((await ok.client.exportStaffSubmissionsCsv()).fileName, 'submissions.csv');
    const refused = api(
      () =>
        new Response(JSON.stringify({ status: 401, title: 'Unauthorized', code: 'token_expired' }), {
          status: 401,
          headers: { 'content-type': 'application/problem+json' },
        }),
    );
    await assert.rejects(refused.client.staff.exportCsv(), (error: Error) => {
      assert.equal(error.name, 'UnauthorizedError');
      assert.ok(!error.message.includes('secret-token'));
      return true;
    });
  });
});
