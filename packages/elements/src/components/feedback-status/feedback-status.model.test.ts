import { expect } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { chronological, deadlineState, isTokenShaped, tokenFromUrl } from './feedback-status.model.js';

failOnConsole();

const respondBy = '2026-04-01T09:00:00Z';
const response = (respondedAt: string) => ({ body: { values: { en: 'Done.' } }, respondedAt });

describe('feedback status model', () => {
  it('says a deadline was met when the response came on or before it', () => {
    expect(deadlineState({ respondBy, response: response('2026-04-01T09:00:00Z') })).to.equal('met');
    expect(deadlineState({ respondBy, response: response('2026-04-02T10:00:00Z') })).to.equal('missed');
  });

  it('says an unanswered item is open before the deadline and missed after it', () => {
    expect(deadlineState({ respondBy }, new Date('2026-03-20T00:00:00Z'))).to.equal('open');
    expect(deadlineState({ respondBy }, new Date('2026-04-05T00:00:00Z'))).to.equal('missed');
    expect(deadlineState({}, new Date())).to.equal(undefined);
  });

  it('orders history oldest first, keeping ties in server order', () => {
    const history = [
      { status: 'in_review' as const, at: '2026-03-03T10:00:00Z' },
      { status: 'received' as const, at: '2026-03-02T09:00:00Z' },
      { status: 'acknowledged' as const, at: '2026-03-03T10:00:00Z' },
    ];
    expect(chronological(history).map((h) => h.status)).to.deep.equal(['received', 'in_review', 'acknowledged']);
  });

  it('recognises tracking codes by shape only', () => {
    expect(isTokenShaped(' tok_xxxxxxxxxxxxxxxxxxx0 ')).to.be.true;
    expect(isTokenShaped('HP-2026-000123')).to.be.false;
    expect(isTokenShaped('<img src=x onerror=alert(1)>')).to.be.false;
  });

  it('reads the token from the status link query', () => {
    expect(tokenFromUrl('token', 'https://example.org/status?token=abc_defghijklmnopqr')).to.equal(
      'abc_defghijklmnopqr',
    );
    expect(tokenFromUrl(undefined, 'https://example.org/status?token=x')).to.equal(undefined);
  });
});
