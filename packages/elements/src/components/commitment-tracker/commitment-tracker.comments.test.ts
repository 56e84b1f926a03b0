import { expect } from '@open-wc/testing';
import { html } from 'lit';
import './commitment-tracker.define.js';
import '../comments/comments.define.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { ALBANIA_URL, kosovo, loadJson, qa, renderTracker, resetHash } from './tracker-test-helpers.js';

failOnConsole();

describe('<hapur-commitment-tracker> with <hapur-comments> on the page', () => {
  beforeEach(resetHash);
  afterEach(resetHash);

  it('shows the published comments of an opened commitment of a draft under consultation', async () => {
    const file = await loadJson(ALBANIA_URL);
    const el = await renderTracker(
      html`<hapur-commitment-tracker lang="sr-Latn" api="/api/v1" commitment="7"
        ><script type="application/json">
          ${JSON.stringify(file)}
        </script></hapur-commitment-tracker
      >`,
    );
    const comments = qa(el, 'hapur-comments');
    expect(comments).to.have.length(1);
    expect(comments[0]!.getAttribute('plan-id')).to.equal('al-2020-2022');
    expect(comments[0]!.getAttribute('commitment')).to.equal('7');
    expect(comments[0]!.getAttribute('api')).to.equal('/api/v1');
    expect(comments[0]!.getAttribute('lang')).to.equal('sr-Latn');
  });

  it('does not ask for comments on an adopted plan', async () => {
    const el = await kosovo('en', 'commitment="3"');
    expect(qa(el, 'hapur-comments, slot[name^="comments-"]')).to.have.length(0);
  });
});
