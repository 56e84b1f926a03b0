import { PublicationCheckInputSchema, overallVerdict } from '@hapur/sdk';
import { expect } from '@open-wc/testing';
import { checklistFor, loadExampleData } from './fake-api.js';
import {
  emptyEntry,
  entryFromCheck,
  fieldValue,
  fitLanguages,
  toCheckInput,
  withField,
  type DraftEntry,
  type FieldName,
} from '../checklist-draft.js';
import { clearDraft, draftKey, loadDraft, saveDraft } from '../checklist-draft-store.js';
import { isBlank, isRecorded, validateEntry } from '../checklist-validation.js';

const target = { requirementId: 'xk-mf-pr-7', institutionId: 'xk-mf', period: '2026-Q4', lang: 'en' as const };
/** The example requirements' languages: sq and sr-Latn required, en recommended. */
const KOSOVO = ['sq', 'sr-Latn', 'en'];
const REQUIRED = ['sq', 'sr-Latn'];
const kosovoEntry = () => emptyEntry(KOSOVO);

function fill(fields: Partial<Record<FieldName, string>>): DraftEntry {
  return Object.entries(fields).reduce((e, [f, v]) => withField(e, f as FieldName, v!), kosovoEntry());
}

const fullyMet = {
  published: 'yes',
  url: 'https://example.org/budget',
  complete: 'yes',
  timely: 'yes',
  accessible: 'yes',
  'lang-sq': 'yes',
  'lang-sr-Latn': 'yes',
  'lang-en': 'no',
} as const;

describe('checklist draft and validation (pure)', () => {
  it('asks only whether it is published on an empty entry, and nothing else', () => {
    expect(isBlank(kosovoEntry())).to.equal(true);
    expect(validateEntry(kosovoEntry(), REQUIRED)).to.deep.equal([{ field: 'published', code: 'choose' }]);
    expect(
      isRecorded(fill({ published: 'no', correctiveAction: 'Publish it', responsibleUnit: 'Office' }), REQUIRED),
    ).to.equal(true);
  });

  it('requires the link, every criterion and each language once something is published, in field order', () => {
    const issues = validateEntry(fill({ published: 'yes' }), REQUIRED);
    expect(issues.map((i) => `${i.field}:${i.code}`)).to.deep.equal([
      'url:urlRequired',
      'complete:choose',
      'timely:choose',
      'accessible:choose',
      'lang-sq:choose',
      'lang-sr-Latn:choose',
      'lang-en:choose',
    ]);
    // English is only recommended: "no" in English needs no corrective action.
    expect(validateEntry(fill(fullyMet), REQUIRED)).to.deep.equal([]);
  });

  it('rejects malformed links and asks for a corrective action and its owner when a required item falls short', () => {
    const bad = fill({
      ...fullyMet,
      url: 'example.org/x',
      'langUrl-sq': 'javascript:alert(1)',
      'lang-sr-Latn': 'partial',
    });
    expect(validateEntry(bad, REQUIRED).map((i) => `${i.field}:${i.code}`)).to.deep.equal([
      'url:url',
      'langUrl-sq:url',
      'correctiveAction:corrective',
    ]);
    const owner = withField(bad, 'correctiveAction', 'Translate the missing parts');
    expect(validateEntry(owner, REQUIRED).map((i) => i.field)).to.include('responsibleUnit');
    const tooLong = withField(fill({ published: 'no', correctiveAction: 'x' }), 'responsibleUnit', 'u'.repeat(201));
    expect(validateEntry(tooLong, REQUIRED)).to.deep.equal([{ field: 'responsibleUnit', code: 'tooLong', max: 200 }]);
  });

  it('turns an entry into staff input the SDK schema accepts, with the verdict the server will derive', () => {
    const entry = fill({
      ...fullyMet,
      'lang-sr-Latn': 'partial',
      notes: '  Serbian summary only ',
      correctiveAction: 'Translate fully',
      responsibleUnit: 'Translation unit',
    });
    const input = toCheckInput(entry, target);
    expect(PublicationCheckInputSchema.parse(input)).to.deep.equal(input);
    expect(input.notes).to.deep.equal({ values: { en: 'Serbian summary only' }, source: 'en' });
    expect(input.languages).to.deep.equal({
      sq: { available: 'yes' },
      'sr-Latn': { available: 'partial' },
      en: { available: 'no' },
    });
    expect(overallVerdict(input, { id: 'xk-mf-pr-7', requiredLanguages: ['sq', 'sr-Latn'] })).to.equal(
      'partially_compliant',
    );
    const notDue = toCheckInput(fill({ published: 'not_applicable' }), target);
    expect(notDue).to.include({
      published: 'not_applicable',
      complete: 'not_applicable',
      accessible: 'not_applicable',
    });
    expect(notDue.url).to.equal(undefined);
    const notPublished = toCheckInput(fill({ published: 'no', url: 'https://example.org/old-link' }), target);
    expect(notPublished.url, 'the SDK refuses a url with "no"').to.equal(undefined);
    expect(PublicationCheckInputSchema.safeParse(notPublished).success).to.equal(true);
  });

  it('prefills the form from a stored check in the monitor language', async () => {
    const check = checklistFor(await loadExampleData(), '2026-Q1').checks[0]!;
    const entry = entryFromCheck(check, 'sq', KOSOVO);
    expect(entry.published).to.equal('yes');
    expect(fieldValue(entry, 'lang-sr-Latn')).to.equal('partial');
    expect(fieldValue(entry, 'langUrl-sq')).to.contain('/sq/');
    expect(entry.notes).to.contain('Versioni i publikuar');
  });

  it('keeps drafts per institution and quarter, and survives damaged storage', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    } as Storage;
    const entry = fill({ published: 'partial', notes: 'typed before reload' });
    expect(
      saveDraft(
        { institutionId: 'xk-mf', period: '2026-Q4', savedAt: 'now', entries: { 'xk-mf-pr-1': entry } },
        storage,
      ),
    ).to.equal(true);
    expect(loadDraft('xk-mf', '2026-Q4', storage)!.entries['xk-mf-pr-1']).to.deep.equal(entry);
    expect(loadDraft('xk-mf', '2026-Q3', storage)).to.equal(null);
    expect(loadDraft('xk-other', '2026-Q4', storage)).to.equal(null);
    store.set(
      draftKey('xk-mf', '2026-Q4'),
      JSON.stringify({
        entries: { r: { published: 'maybe', notes: 42, url: 'kept', languages: { sq: { available: 'yes' } } } },
      }),
    );
    const revived = loadDraft('xk-mf', '2026-Q4', storage)!.entries['r']!;
    // The store keeps the languages the draft holds; the monitor fits them to the requirement's.
    expect(fitLanguages(revived, KOSOVO)).to.deep.equal(fill({ url: 'kept', 'lang-sq': 'yes' }));
    store.set(draftKey('xk-mf', '2026-Q4'), '{not json');
    expect(loadDraft('xk-mf', '2026-Q4', storage)).to.equal(null);
    clearDraft('xk-mf', '2026-Q4', storage);
    expect(store.size).to.equal(0);
    const full = {
      ...storage,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as Storage;
    expect(saveDraft({ institutionId: 'a', period: '2026-Q1', savedAt: '', entries: { r: entry } }, full)).to.equal(
      false,
    );
  });
});
