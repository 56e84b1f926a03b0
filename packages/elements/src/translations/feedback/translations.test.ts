import { expect } from '@open-wc/testing';
import { FEEDBACK_STATUSES, FEEDBACK_TYPES } from '@hapur/sdk';
import { consumeConsole, failOnConsole } from '../../internal/test/fail-on-console.js';
import { registerTranslation } from '../../internal/register-translation.js';
import { formStrings } from '../../components/feedback-form/translations/index.js';
import { commentsStrings } from '../../components/comments/translations/index.js';
import { feedbackCommonStrings } from '../feedback-common/index.js';
import en from './en.js';
import type { FeedbackTranslation } from './feedback-translation.js';
import sq from './sq.js';
import srLatn from './sr-latn.js';
import enForm from '../../components/feedback-form/translations/en.js';
import sqForm from '../../components/feedback-form/translations/sq.js';
import srLatnForm from '../../components/feedback-form/translations/sr-latn.js';
import enCommon from '../feedback-common/en.js';
import sqCommon from '../feedback-common/sq.js';
import srLatnCommon from '../feedback-common/sr-latn.js';
import enComments from '../../components/comments/translations/en.js';
import sqComments from '../../components/comments/translations/sq.js';
import srLatnComments from '../../components/comments/translations/sr-latn.js';

failOnConsole();

const catalogues: FeedbackTranslation[] = [sq, srLatn, en];

describe('feedback catalogues', () => {
  it('have the same terms in sq, sr-Latn and en, and a name for every kind and status', () => {
    for (const t of catalogues) {
      expect(Object.keys(t).sort(), t.lang).to.deep.equal(Object.keys(en).sort());
    }
    // The words the comments share with them (feedback-common/): a name for every kind and status.
    for (const t of [sqCommon, srLatnCommon, enCommon]) {
      expect(Object.keys(t).sort(), t.lang).to.deep.equal(Object.keys(enCommon).sort());
      expect(Object.keys(t.kindName).sort(), t.lang).to.deep.equal([...FEEDBACK_TYPES].sort());
      expect(Object.keys(t.statusName).sort(), t.lang).to.deep.equal([...FEEDBACK_STATUSES].sort());
    }
    // The comments' own strings likewise.
    for (const t of [sqComments, srLatnComments])
      expect(Object.keys(t).sort()).to.deep.equal(Object.keys(enComments).sort());
    // The form's own strings (components/feedback-form/translations/) likewise.
    for (const t of [sqForm, srLatnForm]) expect(Object.keys(t).sort()).to.deep.equal(Object.keys(enForm).sort());
  });

  it('differ between languages (nothing left untranslated by copy)', () => {
    expect(sqForm.formTitle).to.not.equal(enForm.formTitle);
    expect(srLatnForm.formTitle).to.not.equal(sqForm.formTitle);
  });

  it('use the plural forms of each language', () => {
    expect([1, 2, 5, 21].map((n) => srLatnComments.commentsCount(n))).to.deep.equal([
      '1 objavljen komentar',
      '2 objavljena komentara',
      '5 objavljenih komentara',
      '21 objavljen komentar',
    ]);
    expect([1, 2].map((n) => en.total(n, String(n)))).to.deep.equal(['1 message received', '2 messages received']);
    expect(sq.rateLimited(1)).to.contain('1 sekondë');
    expect(sq.rateLimited(30)).to.contain('30 sekonda');
  });

  it("reach the form when a site registered the form's strings under `feedback`, where they were before", async () => {
    await registerTranslation('sq', { feedback: { formTitle: 'Na shkruani' } });
    expect((await formStrings.load('sq')).formTitle).to.equal('Na shkruani');
    expect((await formStrings.load('sq')).submit).to.equal(sqForm.submit);
    consumeConsole(/has no/);
  });

  it('reach the comments and the common words when a site registered them under `feedback`, where they were before', async () => {
    const kindName = { ...sqCommon.kindName, proposal: 'Ide' };
    await registerTranslation('sq', { feedback: { commentsEmpty: 'Asnjë koment ende.', kindName } });
    expect((await commentsStrings.load('sq')).commentsEmpty).to.equal('Asnjë koment ende.');
    expect((await commentsStrings.load('sq')).institutionResponse).to.equal(sqComments.institutionResponse);
    expect((await feedbackCommonStrings.load('sq')).kindName.proposal).to.equal('Ide');
    expect((await feedbackCommonStrings.load('sq')).respondedOn('1 tetor 2026')).to.equal(
      sqCommon.respondedOn('1 tetor 2026'),
    );
    consumeConsole(/has no/);
  });
});
