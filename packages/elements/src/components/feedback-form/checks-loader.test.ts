import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../internal/test/shadow.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { settled } from '../../internal/test/localization-contract.js';
import './feedback-form.define.js';
import type { HapurFeedbackForm } from './feedback-form.js';
import { checksTried, loadedChecks } from './checks-loader.js';
import { fakeApi } from './test/fake-api.js';

failOnConsole();

// Its own file (its own page): no other test has loaded the checks before these run.
describe('<hapur-feedback-form> loads its checks (zod) on first use', () => {
  it('renders without them, starts loading at the first focus, and a send before they arrive still validates', async () => {
    const el = await fixture<HapurFeedbackForm>(
      html`<hapur-feedback-form lang="en" .client=${fakeApi('ok').client}></hapur-feedback-form>`,
    );
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="submit-button"]')).to.exist;
    expect(loadedChecks('en'), 'loaded before any use').to.equal(undefined);
    // The first press on the send button: the checks are still on their way when the click sends.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
    // The checks' chunk takes what it takes on a busy machine: wait for it to arrive, then for the form to show it.
    await checksTried('en');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error-summary"]'), 'no error summary');
    expect(loadedChecks('en')).to.not.equal(undefined);
    expect(el.matches(':state(submitting)')).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.error-summary'));
    expect(el.shadowRoot!.querySelector('#field-message-error')?.textContent).to.contain('Write your message.');
  });
});
