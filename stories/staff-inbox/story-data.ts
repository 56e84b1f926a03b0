// Story data for <hapur-staff-inbox>: the in-memory staff API its browser tests use, through a real SDK client.
// The messages are invented (demonstration data); dates are relative to the moment the story renders.
import type { StaffSubmissionDetail } from '@hapur/sdk';
import type { HapurStaffInbox } from '../../packages/elements/src/components/staff-inbox/staff-inbox.js';
import {
  fakeInbox,
  OTHER_TOKEN,
  sampleItems,
  STAFF_TOKEN,
} from '../../packages/elements/src/components/staff-inbox/test/fake-inbox.js';
import { staffSessionFor } from '../../packages/elements/src/internal/staff/staff-session.js';

export { STAFF_TOKEN };

/** A staff client over a fresh in-memory API (each story its own, so actions never leak between stories). */
export function inboxClient(items: StaffSubmissionDetail[] = sampleItems(), token = STAFF_TOKEN) {
  return fakeInbox({ items }).client(token);
}

/** A client whose list never answers (the loading state). */
export const pendingClient = () => fakeInbox({ pending: true }).client();

/** A client for a token of another institution: the list answers 403. */
export const forbiddenClient = () => fakeInbox().client(OTHER_TOKEN);

/** A client whose token has written (and downloaded) too much this minute: the CSV download answers 429. */
export const limitedClient = () => fakeInbox({ tokens: { [STAFF_TOKEN]: 'limited' } }).client();

/** A client whose list of institutions (`GET /institutions`) fails (500): the transfer form asks for the id. */
export const noInstitutionsClient = () => fakeInbox({ institutions: 'fail' }).client();

/** A client whose server fails (500) on every list. */
export const failingClient = () => fakeInbox({ serverError: true }).client();

/** Only the overdue messages, several of them. */
export function overdueItems(): StaffSubmissionDetail[] {
  const now = Date.now();
  return sampleItems(now)
    .filter((i) => i.status !== 'answered')
    .map((i, n) => ({
      ...i,
      respondBy: new Date(now - (n + 1) * 2 * 86_400_000).toISOString(),
      overdue: true,
    }));
}

/**
 * A fresh API address for a signed-out story (the page keeps one sign-in per API address), with a notice
 * when the token was refused before.
 */
let stories = 0;
export function signedOutApi(notice?: 'expired' | 'revoked'): string {
  const api = `/story-${++stories}/api/v1/`;
  if (notice) staffSessionFor(api).signOut(notice);
  return api;
}

async function until(check: () => unknown): Promise<void> {
  const deadline = Date.now() + 4000;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Opens one message, as a click on its reference would (for the detail stories). */
export async function openMessage(el: HapurStaffInbox, reference: string): Promise<void> {
  const link = () =>
    [...(el.shadowRoot?.querySelectorAll<HTMLElement>('.row__link') ?? [])].find((a) => a.textContent === reference);
  await until(link);
  link()?.click();
  await until(() => el.shadowRoot?.querySelector('#detail-title'));
}

/** Opens a message and sends the status form as "answered" with no response: the error summary shows. */
export async function answerWithoutResponse(el: HapurStaffInbox, reference: string): Promise<void> {
  await openMessage(el, reference);
  const select = el.shadowRoot?.querySelector<HTMLSelectElement>('#status-status');
  if (!select) return;
  select.value = 'answered';
  select.closest('form')?.requestSubmit();
  await until(() => el.shadowRoot?.querySelector('.error-summary'));
}

/**
 * Opens a message and its transfer form (the list of institutions is read then), and focuses the institution
 * field once it shows the names, or the typed id when the list could not load.
 */
export async function openTransfer(el: HapurStaffInbox, reference: string): Promise<void> {
  await openMessage(el, reference);
  const root = el.shadowRoot;
  const details = root?.querySelector('#transfer-title')?.closest('details');
  if (!details) return;
  details.open = true;
  const field = () => root?.querySelector<HTMLSelectElement | HTMLInputElement>('#transfer-institution');
  await until(() => {
    const control = field();
    return control instanceof HTMLInputElement || (control?.options.length ?? 0) > 1;
  });
  field()?.focus();
}

/** Focuses "Download as CSV (spreadsheet)" as a keyboard user reaching it would; `press` also presses it. */
export async function focusDownload(el: HapurStaffInbox, press = false): Promise<void> {
  const button = () => el.shadowRoot?.querySelector<HTMLButtonElement>('[part="download-button"]');
  await until(button);
  button()?.focus();
  if (!press) return;
  button()?.click();
  await until(() => el.shadowRoot?.querySelector('[role="alert"]'));
}
