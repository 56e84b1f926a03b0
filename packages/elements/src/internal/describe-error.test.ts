import { expect } from '@open-wc/testing';
import { NetworkError, NotFoundError, ResponseShapeError, ServerError, TimeoutError } from '@hapur/sdk';
import en from '../translations/en.js';
import sq from '../translations/sq.js';
import bs from '../translations/bs.js';
import srLatn from '../translations/sr-latn.js';
import srCyrl from '../translations/sr-cyrl.js';
import tr from '../translations/tr.js';
import { describeError } from './describe-error.js';

describe('describeError', () => {
  const localize = { t: en };

  it('maps each SDK error to reader text, never to its developer message', () => {
    const notFound = new NotFoundError({ status: 404, method: 'GET', url: 'https://x.test/api/v1/services/abc' });
    expect(describeError(notFound, localize)).to.equal(en.errorNotFound);
    expect(describeError(notFound, localize)).to.not.contain('/api/v1');
    expect(describeError(new NetworkError({ method: 'GET', url: 'https://x.test/a' }), localize)).to.equal(
      en.errorNetwork,
    );
    expect(
      describeError(new TimeoutError({ method: 'GET', url: 'https://x.test/a', timeoutMs: 10 }), localize),
    ).to.equal(en.errorTimeout);
    expect(describeError(new ResponseShapeError({ url: 'https://x.test/a', issues: [] }), localize)).to.equal(
      en.errorInvalidData,
    );
    expect(describeError(new ServerError({ status: 503, method: 'GET', url: 'https://x.test/a' }), localize)).to.equal(
      en.errorServer,
    );
  });

  it('recognises errors from another copy of the SDK by name', () => {
    expect(describeError({ name: 'NotFoundError', isHapurError: true }, { t: sq })).to.equal(sq.errorNotFound);
  });

  it('says "not found" without naming a service, a plan or any other kind of data, in every language', () => {
    // Every block shows it (a plan, a checklist, a message in the inbox): it said "The service was not found".
    for (const t of [en, sq, srLatn, bs, tr, srCyrl])
      expect(t.errorNotFound, t.lang).to.not.match(/service|shërbim|uslug|услуг|hizmet/i);
  });

  it('gives a general message for anything unknown', () => {
    expect(describeError(new Error('secret detail'), localize)).to.equal(en.errorUnknown);
    expect(describeError('boom', localize)).to.equal(en.errorUnknown);
  });
});
