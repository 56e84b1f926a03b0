import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { settled } from '../../internal/test/localization-contract.js';
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
  return { commitments: commitments.map((c) => c.number), milestones: commitments.flatMap((c) => c.milestones.map((m) => m.number)) };
}

/** Renders a tracker (inside whatever wrapper the template has) and waits for catalogue and data. */
export async function renderTracker(template: TemplateResult): Promise<HapurCommitmentTracker> {
  const root = await fixture(template);
  const el = root.matches('hapur-commitment-tracker') ? (root as HapurCommitmentTracker) : root.querySelector('hapur-commitment-tracker');
  if (!el) throw new Error('renderTracker: no <hapur-commitment-tracker> in the template');
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
export const qa = (el: Element, selector: string): HTMLElement[] => [...(el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];

/** Resets the URL hash between tests so URL state does not leak. */
export function resetHash(): void {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}
