// Registers every Hapur element (the CDN bundle's entry). Safe to load twice: see internal/define.ts.
// The defineElement calls live HERE, not only in side-effect imports of the *.define.ts modules:
// a bare `import './x.define.js'` can be tree-shaken away by a consumer's bundler that trusts
// "sideEffects" too eagerly (it was, measured), whereas these calls always stay.
import { HapurProvider } from './components/provider/provider.js';
import { HapurServiceInfo } from './components/service-info/service-info.js';
import { HapurServiceList } from './components/service-list/service-list.js';
import { HapurCommitmentTracker } from './components/commitment-tracker/commitment-tracker.js';
import { HapurFeedbackForm } from './components/feedback-form/feedback-form.js';
import { HapurFeedbackStatus } from './components/feedback-status/feedback-status.js';
import { HapurComments } from './components/comments/comments.js';
import { HapurParticipationStats } from './components/participation-stats/participation-stats.js';
import { HapurPublicationChecklist } from './components/publication-checklist/publication-checklist.js';
import { defineElement } from './internal/define.js';

// Not here: <hapur-staff-inbox>, a staff screen, not a block for citizens' pages (it would add ~10 KB gzip to every
// page that loads this bundle). Staff pages load it on its own entry, `@hapur/elements/staff-inbox.js`.

defineElement('hapur-provider', HapurProvider);
defineElement('hapur-service-info', HapurServiceInfo);
defineElement('hapur-service-list', HapurServiceList);
defineElement('hapur-commitment-tracker', HapurCommitmentTracker);
defineElement('hapur-feedback-form', HapurFeedbackForm);
defineElement('hapur-feedback-status', HapurFeedbackStatus);
defineElement('hapur-comments', HapurComments);
defineElement('hapur-participation-stats', HapurParticipationStats);
defineElement('hapur-publication-checklist', HapurPublicationChecklist);

export * from './index.js';
