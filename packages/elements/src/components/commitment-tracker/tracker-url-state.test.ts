import { expect } from '@open-wc/testing';
import { DEFAULT_STATE, type TrackerState } from './commitment-tracker.types.js';
import { readState, writeState } from './tracker-url-state.js';

describe('tracker URL state', () => {
  it('reads the defaults from an empty hash or a plain anchor', () => {
    expect(readState('')).to.deep.equal(DEFAULT_STATE);
    expect(readState('#main')).to.deep.equal(DEFAULT_STATE);
  });

  it('round-trips every field, including text with spaces and non-ASCII letters', () => {
    const state: TrackerState = {
      status: 'delayed',
      institution: 'xk-aip',
      value: 'transparency',
      q: 'të dhëna & publikim',
      sort: 'progress-desc',
      view: 'timeline',
      open: '3',
    };
    const hash = writeState('', state);
    expect(hash.startsWith('#')).to.be.true;
    expect(readState(hash)).to.deep.equal(state);
  });

  it('leaves defaults out, so the plain view has no hash', () => {
    expect(writeState('', DEFAULT_STATE)).to.equal('');
    expect(writeState('', { ...DEFAULT_STATE, open: '2' })).to.equal('#ct-open=2');
  });

  it("keeps the host page's own hash parameters", () => {
    const hash = writeState('#tab=plans', { ...DEFAULT_STATE, status: 'complete' });
    const params = new URLSearchParams(hash.slice(1));
    expect(params.get('tab')).to.equal('plans');
    expect(readState(hash).status).to.equal('complete');
  });

  it('ignores values it does not know instead of trusting them', () => {
    const state = readState('#ct-status=bogus&ct-sort=evil&ct-view=map&ct-open=3%22%3E');
    expect(state).to.deep.equal(DEFAULT_STATE);
  });
});
