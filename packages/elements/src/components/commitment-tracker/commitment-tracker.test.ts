import { expect } from '@open-wc/testing';
import './commitment-tracker.define.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { shadowText } from '../../internal/test/localization-contract.js';
import { kosovo, kosovoNumbers, qa, resetHash } from './tracker-test-helpers.js';

failOnConsole();

describe('<hapur-commitment-tracker>', () => {
  beforeEach(resetHash);
  afterEach(resetHash);

  describe('the real Kosovo plan', () => {
    it('renders every commitment of the data file', async () => {
      const numbers = await kosovoNumbers();
      const el = await kosovo();
      const rows = qa(el, '[part~="commitment"]');
      expect(rows.map((r) => r.dataset['number'])).to.deep.equal(numbers.commitments);
      expect(shadowText(el)).to.contain('Open Government');
    });
  });
});
