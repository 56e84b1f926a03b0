// Story data for <hapur-commitment-tracker>: the real plans shipped with the SDK (Kosovo 2026–2028 with
// its demonstration progress, Albania's 2020–2022 draft) and clearly synthetic plans for size.
import { assertImportFile, type ActionPlan, type HapurClient, type Institution } from '@hapur/sdk';
import kosovoFile from '../../packages/sdk/data/xk-2026-2028.json' with { type: 'json' };
import progressFile from '../../packages/sdk/data/demo/progress-xk-2026-2028.json' with { type: 'json' };
import albaniaFile from '../../packages/sdk/data/al-2020-2022.json' with { type: 'json' };
import macedonianFixture from '../../test/fixtures/mk-test-plan.json' with { type: 'json' };
import { trackerDataFrom } from '../../packages/elements/src/components/commitment-tracker/tracker-source.js';
import {
  SYNTHETIC_INSTITUTIONS,
  syntheticPlan,
} from '../../packages/elements/src/components/commitment-tracker/synthetic-plan.js';
type PlanReader = Pick<HapurClient, 'getPlan'>;

const kosovoData = trackerDataFrom([kosovoFile, progressFile], 'xk-2026-2028', 'stories: Kosovo plan + demo progress');
const kosovoPlanOnly = trackerDataFrom([kosovoFile], 'xk-2026-2028', 'stories: Kosovo plan');
const albaniaData = trackerDataFrom([albaniaFile], 'al-2020-2022', 'stories: Albania draft');
// Imported the way the server imports it: due dates parsed from the Macedonian text, nothing else added.
const macedonianData = trackerDataFrom(
  [assertImportFile(macedonianFixture, 'test/fixtures/mk-test-plan.json')],
  'mk-test-fixture',
  'stories: Macedonian test fixture',
);

export const kosovo: ActionPlan = kosovoData.plan;
export const kosovoWithoutProgress: ActionPlan = kosovoPlanOnly.plan;
export const kosovoInstitutions: Institution[] = [...kosovoData.institutions.values()];
export const albania: ActionPlan = albaniaData.plan;
/** An invented plan in Macedonian with English translations (a test fixture, not real data; issue 18). */
export const macedonianFixturePlan: ActionPlan = macedonianData.plan;
export const macedonianFixtureInstitutions: Institution[] = [...macedonianData.institutions.values()];
export const synthetic200: ActionPlan = syntheticPlan(200, 4);
export const syntheticPlan3: ActionPlan = syntheticPlan(3, 2);
export const syntheticInstitutions = SYNTHETIC_INSTITUTIONS;

/** A "today" inside the plan period, so due and overdue counts do not drift with the calendar. */
export const TODAY = '2026-11-23';

export const pendingReader: PlanReader = { getPlan: () => new Promise(() => undefined) };
export const failingReader: PlanReader = {
  getPlan: async () => {
    throw Object.assign(new Error('Request failed: GET /api/v1/plans/xk-2026-2028'), { name: 'NetworkError' });
  },
};

/** Sets the URL hash a shared link would carry, before the tracker reads it. */
export function withHash(hash: string): void {
  history.replaceState(history.state, '', hash || `${location.pathname}${location.search}`);
}

/** Waits until every tracker in the story has rendered its data (loading stories are marked and skipped). */
export async function trackersRendered({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const deadline = Date.now() + 3000;
  const trackers = () => [
    ...canvasElement.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('hapur-commitment-tracker'),
  ];
  while (Date.now() < deadline) {
    const pending = trackers().filter(
      (el) => !el.shadowRoot?.childElementCount || (el.matches(':state(loading)') && !('storyLoading' in el.dataset)),
    );
    if (pending.length === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await Promise.all(trackers().map((el) => el.updateComplete));
}
