import { staffSessionFor } from '../../packages/elements/src/internal/staff/staff-session.js';
import type { HapurServiceEditor } from '../../packages/elements/src/components/service-editor/service-editor.js';
import { fakeUpkeep } from '../../packages/elements/src/components/service-editor/test/fake-upkeep.js';

// The stories' data: the editor's in-memory upkeep API (the tests' fake), with invented Prishtina services.

let stories = 0;

/** A fresh API address with no sign-in yet (or with the sign-in brought back by a refused token). */
export function signedOutApi(notice?: 'expired'): string {
  const api = `/story-editor-${++stories}/api/v1/`;
  if (notice) staffSessionFor(api).signOut(notice);
  return api;
}

export const editorClient = () => fakeUpkeep().client();
export const pendingClient = () => fakeUpkeep({ pending: true }).client();
export const failingClient = () => fakeUpkeep({ serverError: true }).client();
export const emptyClient = () => fakeUpkeep({ services: [] }).client();

const root = (el: HapurServiceEditor) => el.shadowRoot;

async function until(check: () => unknown): Promise<void> {
  const deadline = Date.now() + 4000;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Opens a service's form, as a click on its name would. `''`: "Add a new service". */
export async function openService(el: HapurServiceEditor, id: string): Promise<void> {
  const link = () =>
    id
      ? root(el)?.querySelector<HTMLElement>(`.service-link[href="#${id}"]`)
      : root(el)?.querySelector<HTMLElement>('[part="new-button"]');
  await until(link);
  link()?.click();
  await until(() => root(el)?.querySelector('[part="form"]'));
}

function type(el: HapurServiceEditor, id: string, value: string): void {
  const control = root(el)?.querySelector<HTMLInputElement>(`#${id}`);
  if (!control) return;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const save = (el: HapurServiceEditor) => root(el)?.querySelector<HTMLFormElement>('[part="form"]')?.requestSubmit();

/** The fee changed to 3.20 and an http:// link typed: saving shows the error summary. */
export async function invalidForm(el: HapurServiceEditor): Promise<void> {
  await openService(el, 'prishtina-birth-certificate');
  type(el, 'f-costs-0-value', '3.20');
  type(el, 'f-channels-0-url', 'http://example.org');
  for (const lang of ['sq', 'sr-Latn', 'en']) type(el, `f-name-values-${lang}`, '');
  await el.updateComplete;
  save(el);
}

/** The fee changed and saved: the "saved" line and the history entry. */
export async function savedForm(el: HapurServiceEditor): Promise<void> {
  await openService(el, 'prishtina-birth-certificate');
  type(el, 'f-costs-0-value', '3.20');
  await el.updateComplete;
  save(el);
}

/** Nothing changed, "Mark as reviewed – no changes" pressed: the status line and the card's new "last reviewed" date. */
export async function reviewedForm(el: HapurServiceEditor): Promise<void> {
  await openService(el, 'prishtina-birth-certificate');
  root(el)?.querySelector<HTMLButtonElement>('[part="review-button"]')?.click();
}

/** Someone else saved first: the conflict screen. */
export async function conflict(el: HapurServiceEditor, api: ReturnType<typeof fakeUpkeep>): Promise<void> {
  await openService(el, 'prishtina-birth-certificate');
  type(el, 'f-costs-0-value', '3.20');
  api.otherSaves('prishtina-birth-certificate', (s) => (s.eligibility = { values: { en: 'Residents' } }), [
    'eligibility',
  ]);
  await el.updateComplete;
  save(el);
}

/** "Withdraw this service" pressed: the confirmation. */
export async function askWithdraw(el: HapurServiceEditor): Promise<void> {
  await openService(el, 'prishtina-parking-permit');
  root(el)?.querySelector<HTMLButtonElement>('[part="withdraw-button"]')?.click();
}
