import { expect, fixture, html } from '@open-wc/testing';
import {
  ConflictError,
  ForbiddenError,
  InputValidationError,
  NetworkError,
  NotFoundError,
  RateLimitError,
} from '@hapur/sdk';
import { LitElement } from 'lit';
import { LocalizeController } from '../controllers/localize.js';
import { staffStrings } from '../../translations/staff/index.js';
import { staffErrorText } from './error-text.js';

// What a failed staff call says (staff QA, session 16): a save refused with 409, 400/422 or another 4xx said
// "Something went wrong while loading this information", and a 403 on a download "…while loading" too.

class Host extends LitElement {
  requestedLang = 'en';
  readonly catalogues = [staffStrings];
  readonly localize = new LocalizeController(this);
}
customElements.define('test-staff-error-host', Host);

async function localizeIn(lang: string): Promise<LocalizeController> {
  const host = await fixture<Host>(html`<test-staff-error-host></test-staff-error-host>`);
  host.requestedLang = lang;
  host.requestUpdate();
  for (let i = 0; i < 50 && !host.localize.ready; i++) await new Promise((r) => setTimeout(r, 20));
  expect(host.localize.ready, `${lang} strings loaded`).to.be.true;
  return host.localize;
}

const request = { method: 'PATCH', url: 'https://x.test/api/v1/staff/x' };

describe('staffErrorText', () => {
  for (const lang of ['sq', 'sr-Latn', 'en', 'tr', 'bs', 'sr-Cyrl']) {
    it(`says a refused save was not accepted, never "while loading" (${lang})`, async () => {
      const localize = await localizeIn(lang);
      const notAccepted = localize.text(staffStrings).notAccepted;
      const refused = [
        new ConflictError({ status: 409, ...request }),
        new InputValidationError('input', [{ path: 'x', code: 'custom', message: 'no' }], {
          source: 'server',
          status: 422,
        }),
        Object.assign(new Error('teapot'), { name: 'HttpError', status: 418 }),
      ];
      for (const error of refused) {
        const text = staffErrorText(error, localize);
        expect(text, error.name).to.equal(notAccepted);
        expect([localize.t.errorUnknown, localize.t.errorInvalidData]).to.not.include(text);
      }
      expect(staffErrorText(new ForbiddenError({ status: 403, ...request }), localize)).to.equal(
        localize.text(staffStrings).forbidden,
      );
    });
  }

  it('keeps the shared texts where they say what happened, and waits on a 429', async () => {
    const localize = await localizeIn('en');
    expect(staffErrorText(new NetworkError(request), localize)).to.equal(localize.t.errorNetwork);
    expect(staffErrorText(new NotFoundError({ status: 404, ...request }), localize)).to.equal(localize.t.errorNotFound);
    expect(staffErrorText(new RateLimitError({ status: 429, retryAfter: 120, ...request }), localize)).to.contain(
      '2 minutes',
    );
    // Not a server's answer (a bug in the page): the general text, not "the server did not accept".
    expect(staffErrorText(new TypeError('x is undefined'), localize)).to.equal(localize.t.errorUnknown);
  });
});
