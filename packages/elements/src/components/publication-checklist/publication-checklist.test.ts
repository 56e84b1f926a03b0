// The one test entry of the `publication-checklist` wtr group. wtr runs two test files at once and
// Chromium gives the background page no animation frames and throttled timers, which stalls
// fixture() and axe; one entry keeps the group in a single foreground page. The specs live in test/.
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import './test/download.spec.js';
import './test/summary.spec.js';
import './test/export.spec.js';
import './test/draft.spec.js';
import './test/public-view.spec.js';
import './test/monitor.spec.js';
import './test/reflow.spec.js';

failOnConsole();
