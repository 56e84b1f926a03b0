// The form's two configured links (privacy notice, status page) are links only when they are
// relative or http(s): a `javascript:` value set as an attribute or a property gives no link.
import { expect, fixture, html } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { settled } from '../../internal/test/localization-contract.js';
import './feedback-form.define.js';
import type { HapurFeedbackForm } from './feedback-form.js';
import { statusHref } from './result-panels.js';
import { fakeApi } from './test/fake-api.js';

failOnConsole();

const receipt = { statusToken: 'tok_answered_0000000001', reference: 'HP-2026-000123' };

describe('<hapur-feedback-form> links', () => {
  it('links the privacy notice only from a relative or http(s) privacy-url', async () => {
    const api = fakeApi('ok');
    const root = await fixture<HTMLElement>(
      html`<div lang="en">
        <hapur-feedback-form .client=${api.client} privacy-url="javascript:window.hapurHacked=1"></hapur-feedback-form>
        <hapur-feedback-form .client=${api.client} privacy-url="/privacy"></hapur-feedback-form>
      </div>`,
    );
    const [bad, good] = [...root.querySelectorAll<HapurFeedbackForm>('hapur-feedback-form')];
    for (const form of [bad!, good!]) {
      await settled(form);
      form.shadowRoot!.querySelector<HTMLInputElement>('[name="wantsContact"]')!.click();
      await form.updateComplete;
    }
    expect(bad!.shadowRoot!.querySelector('[part="privacy-link"]')).to.equal(null);
    expect(good!.shadowRoot!.querySelector('[part="privacy-link"]')!.getAttribute('href')).to.equal('/privacy');
    bad!.privacyUrl = 'javascript:window.hapurHacked=2';
    await bad!.updateComplete;
    expect(bad!.shadowRoot!.querySelector('[part="privacy-link"]')).to.equal(null);
  });

  it('gives no status link for a javascript: status-url', () => {
    expect(statusHref('javascript:alert("{token}")', receipt)).to.equal(undefined);
    expect(statusHref(' JavaScript:alert(1)', receipt)).to.equal(undefined);
    expect(statusHref('/status?token={token}', receipt)).to.equal('/status?token=tok_answered_0000000001');
  });
});
