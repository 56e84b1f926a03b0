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
import { spaceBlocks } from './internal/block-space.js';

// Not here: <hapur-staff-inbox>, a staff screen, not a block for citizens' pages (it would add ~10 KB gzip to every
// page that loads this bundle). Staff pages load it on its own entry, `@hapur/elements/staff-inbox.js`.

/** Every block this bundle registers, by tag. */
const blocks: Record<string, CustomElementConstructor> = {
  'hapur-provider': HapurProvider,
  'hapur-service-info': HapurServiceInfo,
  'hapur-service-list': HapurServiceList,
  'hapur-commitment-tracker': HapurCommitmentTracker,
  'hapur-feedback-form': HapurFeedbackForm,
  'hapur-feedback-status': HapurFeedbackStatus,
  'hapur-comments': HapurComments,
  'hapur-participation-stats': HapurParticipationStats,
  'hapur-publication-checklist': HapurPublicationChecklist,
};
// Their outer spacing, the same document rule as the loader's (internal/block-space.ts).
spaceBlocks(Object.keys(blocks).join());
for (const [tag, element] of Object.entries(blocks)) defineElement(tag, element);

// The public blocks' API, not the staff blocks' events (index.ts adds those).
export * from './api.js';
