// Story data for <hapur-progress-report>: the in-memory API its browser tests use, through a real SDK client.
// The plan and the people are invented (demonstration data).
import type { ProgressUpdate } from '@hapur/sdk';
import type { HapurProgressReport } from '../../packages/elements/src/components/progress-report/progress-report.js';
import {
  COORDINATOR_TOKEN,
  fakeProgress,
  LEAD_TOKEN,
  NOBODY_TOKEN,
  PLAN_ID,
} from '../../packages/elements/src/components/progress-report/test/fake-progress.js';
import { staffSessionFor } from '../../packages/elements/src/internal/staff/staff-session.js';

export { PLAN_ID };

/** Two earlier reports on milestone 1.1, so its history has something to show. */
function earlier(): { update: ProgressUpdate; by?: string }[] {
  const at = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  const update = (id: string, days: number, extra: Partial<ProgressUpdate>): ProgressUpdate => ({
    id,
    planId: PLAN_ID,
    milestoneId: `${PLAN_ID}-c1-m1`,
    reportedAt: at(days),
    reportedBy: { institutionId: 'xk-ministry' },
    source: 'self_report',
    narrative: { values: {} },
    evidence: [],
    ...extra,
  });
  return [
    {
      update: update('pu-a', 60, {
        status: 'on_track',
        progressPercent: 20,
        narrative: { values: { sq: 'Filloi hartimi.' } },
      }),
    },
    {
      by: 'Arta Berisha',
      update: update('pu-b', 12, {
        completion: 'limited',
        progressPercent: 40,
        narrative: { values: { sq: 'Drafti u publikua për komente.', en: 'The draft was published for comments.' } },
        evidence: [{ kind: 'document', title: { values: { sq: 'Drafti' } }, url: 'https://example.org/drafti.pdf' }],
      }),
    },
  ];
}

/** A staff client over a fresh in-memory API (each story its own). */
export const leadClient = (token = LEAD_TOKEN) => fakeProgress({ log: earlier() }).client(token);
export const coordinatorClient = () => leadClient(COORDINATOR_TOKEN);
export const nobodyClient = () => leadClient(NOBODY_TOKEN);
export const pendingClient = () => fakeProgress({ pending: true }).client();
export const failingClient = () => fakeProgress({ serverError: true }).client();

let stories = 0;
/** A fresh API address for a signed-out story, with a notice when the token was refused before. */
export function signedOutApi(notice?: 'expired' | 'revoked'): string {
  const api = `/progress-story-${++stories}/api/v1/`;
  if (notice) staffSessionFor(api).signOut(notice);
  return api;
}

async function until(check: () => unknown): Promise<void> {
  const deadline = Date.now() + 4000;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Opens milestone 1.1's form, as its button would. */
export async function openMilestone(el: HapurProgressReport, number = '1.1'): Promise<void> {
  const id = `${PLAN_ID}-c${number.split('.')[0]}-m${number.split('.')[1]}`;
  const button = () => el.shadowRoot?.querySelector<HTMLButtonElement>(`[data-milestone="${id}"]`);
  await until(button);
  button()?.click();
  await until(() => el.shadowRoot?.querySelector('[part="history-entry"], [part="history"] .muted'));
}

/** Opens milestone 1.1 and sends the form with an http link and no title: the error summary shows. */
export async function sendInvalid(el: HapurProgressReport): Promise<void> {
  await openMilestone(el);
  el.shadowRoot?.querySelector<HTMLButtonElement>('[part="add-link-button"]')?.click();
  await until(() => el.shadowRoot?.querySelector('#link-url-0'));
  el.shadowRoot!.querySelector<HTMLInputElement>('#link-url-0')!.value = 'http://example.org/not-secure';
  el.shadowRoot!.querySelector<HTMLInputElement>('#percent')!.value = '140';
  el.shadowRoot!.querySelector<HTMLFormElement>('[part="form"]')!.requestSubmit();
  await until(() => el.shadowRoot?.querySelector('.error-summary'));
}

/** Opens milestone 1.1 and saves it as delayed with an Albanian narrative and a link. */
export async function saveDelayed(el: HapurProgressReport): Promise<void> {
  await openMilestone(el);
  const root = el.shadowRoot!;
  root.querySelector<HTMLSelectElement>('#status')!.value = 'delayed';
  root.querySelector<HTMLTextAreaElement>('[part="narrative"] textarea')!.value = 'The tender was appealed.';
  root.querySelector<HTMLFormElement>('[part="form"]')!.requestSubmit();
  await until(() => root.querySelector('[part="outcome"]'));
}
