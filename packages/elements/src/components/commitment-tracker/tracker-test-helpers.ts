import { html, render, type TemplateResult } from 'lit';
import { settled } from '../../internal/test/localization-contract.js';
import { until } from '../../internal/test/shadow.js';
import type { HapurCommitmentTracker } from './commitment-tracker.js';

/** The real data files, served by the test runner from the repo root. @internal */
export const KOSOVO_URL = '/packages/sdk/data/xk-2026-2028.json';
export const KOSOVO_PROGRESS_URL = '/packages/sdk/data/demo/progress-xk-2026-2028.json';
export const ALBANIA_URL = '/packages/sdk/data/al-2020-2022.json';

export async function loadJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Test data missing: ${url} (${response.status})`);
  return response.json();
}

interface KosovoFile {
  plans: { commitments: { number: string; milestones: { number: string }[] }[] }[];
}

/** Commitment and milestone numbers as the data file has them (tests count from the file, not from a constant). */
export async function kosovoNumbers(): Promise<{ commitments: string[]; milestones: string[] }> {
  const file = (await loadJson(KOSOVO_URL)) as KosovoFile;
  const commitments = file.plans[0]?.commitments ?? [];
  return {
    commitments: commitments.map((c) => c.number),
    milestones: commitments.flatMap((c) => c.milestones.map((m) => m.number)),
  };
}

const mounted: HTMLElement[] = [];

// open-wc's fixture() waits an animation frame for a plain wrapper, which never comes in a background
// tab (wtr runs two pages at once); mount by hand and clean up after each test instead.
afterEach(() => {
  for (const node of mounted.splice(0)) node.remove();
});

/** Renders a tracker (inside whatever wrapper the template has) and waits for catalogue and data. */
export async function renderTracker(template: TemplateResult, waitForData = true): Promise<HapurCommitmentTracker> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const el = container.querySelector<HapurCommitmentTracker>('hapur-commitment-tracker');
  if (!el) throw new Error('renderTracker: no <hapur-commitment-tracker> in the template');
  await settled(el);
  // Files load at the speed of a busy test machine: wait until the data has settled, not a fixed time.
  const loaded = () =>
    !el.hasState('loading') &&
    (el.shadowRoot?.childElementCount ?? 0) > 0 &&
    !el.shadowRoot?.querySelector('[aria-busy="true"]');
  for (let i = 0; waitForData && i < 250 && !loaded(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  await settled(el);
  return el;
}

/** The Kosovo plan with its demonstration progress, in a language wrapper. */
export function kosovo(lang = 'en', attrs = ''): Promise<HapurCommitmentTracker> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  wrapper.innerHTML = `<hapur-commitment-tracker data-src="${KOSOVO_URL} ${KOSOVO_PROGRESS_URL}" today="2026-11-23" ${attrs}></hapur-commitment-tracker>`;
  return renderTracker(html`${wrapper}`);
}

export const q = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in the tracker`);
  return found;
};
export const qa = (el: Element, selector: string): HTMLElement[] => [
  ...(el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []),
];

/** Resets the URL hash between tests so URL state does not leak. */
export function resetHash(): void {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}

/** Waits for the tracker to re-render after an interaction. */
export async function idle(el: HapurCommitmentTracker): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

/** Waits until the timeline has rendered: its module loads the first time a page shows it (`tracker-timeline-load.ts`). */
export async function timelineShown(el: HapurCommitmentTracker): Promise<void> {
  await until(() => el.shadowRoot?.querySelector('[part~="timeline"]'), 'the timeline');
  await idle(el);
}

/** Sets a select's value the way a user's choice does (a `change` event). */
export async function choose(el: HapurCommitmentTracker, id: string, value: string): Promise<void> {
  const select = q<HTMLSelectElement>(el, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await idle(el);
}

export async function search(el: HapurCommitmentTracker, text: string): Promise<void> {
  const input = q<HTMLInputElement>(el, '#q');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await idle(el);
}

/** Numbers of the commitments a reader sees (filtered-out rows stay in the DOM, hidden). */
export const shownNumbers = (el: Element): string[] =>
  qa(el, '[part~="commitment"]')
    .filter((r) => !r.hidden && !r.closest('[hidden]'))
    .map((r) => r.dataset['number'] ?? '');

/** Opens every commitment in turn and collects the milestone numbers shown in its detail. */
export async function milestoneNumbersByExpanding(el: HapurCommitmentTracker): Promise<string[]> {
  const numbers: string[] = [];
  for (const toggle of qa(el, '[part~="commitment-toggle"]')) {
    q<HTMLButtonElement>(
      el,
      `[data-number="${toggle.closest('li')?.dataset['number']}"] [part~="commitment-toggle"]`,
    ).click();
    await idle(el);
    numbers.push(
      ...qa(el, '[part~="milestone"] .milestone__title').map((h) => h.textContent?.trim().split(/\s+/)[0] ?? ''),
    );
  }
  return numbers;
}

/** Text of a node inside the shadow root, whitespace-collapsed. */
export const textOf = (node: Node): string => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
