import { expect } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { DraftStore, sanitize, type DraftStorage } from './draft-store.js';
import { EMPTY_VALUES } from './feedback-form.types.js';

failOnConsole();

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('feedback draft store', () => {
  it('keeps what was typed and gives it back, without the honeypot', () => {
    const storage = memoryStorage();
    const typed = {
      ...EMPTY_VALUES,
      kind: 'proposal' as const,
      message: 'Plant trees along the river.',
      website: 'bot-was-here',
    };
    new DraftStore('a', storage).save(typed);
    expect(new DraftStore('a', storage).load()).to.deep.equal({ ...typed, website: '' });
    expect([...storage.data.values()].join()).to.not.contain('bot-was-here');
  });

  it('keeps one draft per form configuration', () => {
    const storage = memoryStorage();
    new DraftStore('service-a', storage).save({ ...EMPTY_VALUES, message: 'About service A' });
    expect(new DraftStore('service-b', storage).load()).to.equal(undefined);
  });

  it('removes the draft when everything typed has been deleted, and on clear()', () => {
    const storage = memoryStorage();
    const store = new DraftStore('a', storage);
    store.save({ ...EMPTY_VALUES, message: 'x' });
    store.save({ ...EMPTY_VALUES, kind: 'feedback' });
    expect(storage.data.size).to.equal(0);
    store.save({ ...EMPTY_VALUES, location: 'Rruga B' });
    store.clear();
    expect(store.load()).to.equal(undefined);
  });

  it('ignores damaged or foreign data in storage', () => {
    const storage = memoryStorage();
    storage.setItem('hapur-feedback-draft:a', '{not json');
    expect(new DraftStore('a', storage).load()).to.equal(undefined);
    expect(sanitize({ kind: 'complaint', message: 42, wantsContact: 'yes', subject: 'Parks' })).to.deep.equal({
      ...EMPTY_VALUES,
      subject: 'Parks',
    });
  });

  it('keeps working when storage throws (private mode, quota)', () => {
    const broken: DraftStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const store = new DraftStore('a', broken);
    store.save({ ...EMPTY_VALUES, message: 'Still here' });
    expect(store.load()).to.equal(undefined);
  });
});
