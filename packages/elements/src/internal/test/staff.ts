/**
 * The staff blocks' browser tests (staff inbox, progress report, service editor, the checklist's monitor): each test
 * puts a fake API on `window.fetch` and gives the block an API address no earlier test used (the page keeps one staff
 * session per address), and signs in with the block's own form, as a person does.
 */
import { $, until } from './shadow.js';

/**
 * After each test of the file (or of the `describe` it is called in), `window.fetch` is the browser's own again and
 * this tab's sessionStorage (a token kept by "remember in this tab", a report's draft) is empty. Returns the
 * browser's own `fetch`, for a fake that hands on what is not its API.
 */
export function restoreStaffPage(): typeof window.fetch {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
    sessionStorage.clear();
  });
  return realFetch;
}

let addresses = 0;
/** An API address no earlier test of the file used: `/<name><n>/api/v1/`, n counting from 1. */
export const freshApi = (name: string): string => `/${name}${++addresses}/api/v1/`;

/** Waits for the block's own sign-in form. */
export const signInForm = (el: Element, what = 'the sign-in form'): Promise<void> =>
  until(() => $(el, '#staff-token'), what);

/** Fills in the block's own sign-in form as a person does: the token, "remember in this tab" when asked, "Sign in". */
export function signInWith(el: Element, token: string, remember = false): void {
  $<HTMLInputElement>(el, '#staff-token')!.value = token;
  if (remember) $<HTMLInputElement>(el, '#staff-remember')!.checked = true;
  $<HTMLButtonElement>(el, '[part="sign-in-button"]')!.click();
}
