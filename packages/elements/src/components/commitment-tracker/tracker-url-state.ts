import {
  COMMITMENT_STATUSES,
  DEFAULT_STATE,
  SORT_KEYS,
  TRACKER_VIEWS,
  type TrackerState,
} from './commitment-tracker.types.js';

/** Hash keys, prefixed so the tracker shares the hash with the host page's own anchors and parameters. */
const KEYS: Record<keyof TrackerState, string> = {
  status: 'ct-status',
  institution: 'ct-lead',
  value: 'ct-value',
  q: 'ct-q',
  sort: 'ct-sort',
  view: 'ct-view',
  open: 'ct-open',
};

const oneOf = <T extends string>(list: readonly T[], value: string | null, fallback: T): T =>
  list.includes(value as T) ? (value as T) : fallback;

function params(hash: string): URLSearchParams {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  // A plain anchor (`#main`) is not ours: keep it, but read no state from it.
  return new URLSearchParams(body.includes('=') ? body : '');
}

/** The tracker's state from a location hash; unknown or malformed values fall back to the defaults. */
export function readState(hash: string): TrackerState {
  const p = params(hash);
  const text = (key: keyof TrackerState) => (p.get(KEYS[key]) ?? '').slice(0, 200);
  return {
    status: oneOf(['', ...COMMITMENT_STATUSES], p.get(KEYS.status), ''),
    institution: text('institution'),
    value: text('value'),
    q: text('q'),
    sort: oneOf(SORT_KEYS, p.get(KEYS.sort), DEFAULT_STATE.sort),
    view: oneOf(TRACKER_VIEWS, p.get(KEYS.view), DEFAULT_STATE.view),
    open: /^\d+(?:\.\d+)*$/.test(text('open')) ? text('open') : '',
  };
}

/** The hash with the tracker's state written in; other parameters of the page are kept; defaults are left out. */
export function writeState(hash: string, state: TrackerState): string {
  const p = params(hash);
  for (const key of Object.keys(KEYS) as (keyof TrackerState)[]) {
    const value = String(state[key]);
    if (value === String(DEFAULT_STATE[key])) p.delete(KEYS[key]);
    else p.set(KEYS[key], value);
  }
  const text = p.toString();
  return text ? `#${text}` : '';
}

export function sameState(a: TrackerState, b: TrackerState): boolean {
  return (Object.keys(KEYS) as (keyof TrackerState)[]).every((key) => a[key] === b[key]);
}

/** Writes the state into the page URL: a new history entry (`push`, undone by the back button) or the current one. */
export function saveState(state: TrackerState, push: boolean): void {
  const hash = writeState(location.hash, state);
  if (hash === location.hash) return;
  const url = hash || `${location.pathname}${location.search}`;
  if (push) history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
}
