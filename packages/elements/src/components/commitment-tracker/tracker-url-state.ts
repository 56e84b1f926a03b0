import {
  COMMITMENT_STATUSES,
  DEFAULT_STATE,
  SORT_KEYS,
  TRACKER_VIEWS,
  type TrackerState,
} from './commitment-tracker.types.js';

/**
 * A state key's hash key, prefixed so the tracker shares the hash with the host page's own anchors and parameters:
 * `ct-status`, `ct-value`, `ct-q`, `ct-sort`, `ct-view`, `ct-open`, and `ct-lead` for the institution.
 */
const hashKey = (key: keyof TrackerState) => `ct-${key === 'institution' ? 'lead' : key}`;
const STATE_KEYS = Object.keys(DEFAULT_STATE) as (keyof TrackerState)[];

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
  const get = (key: keyof TrackerState) => p.get(hashKey(key));
  const text = (key: keyof TrackerState) => (get(key) ?? '').slice(0, 200);
  return {
    status: oneOf(['', ...COMMITMENT_STATUSES], get('status'), ''),
    institution: text('institution'),
    value: text('value'),
    q: text('q'),
    sort: oneOf(SORT_KEYS, get('sort'), DEFAULT_STATE.sort),
    view: oneOf(TRACKER_VIEWS, get('view'), DEFAULT_STATE.view),
    open: /^\d+(?:\.\d+)*$/.test(text('open')) ? text('open') : '',
  };
}

/** The hash with the tracker's state written in; other parameters of the page are kept; defaults are left out. */
export function writeState(hash: string, state: TrackerState): string {
  const p = params(hash);
  for (const key of STATE_KEYS) {
    const value = String(state[key]);
    if (value === String(DEFAULT_STATE[key])) p.delete(hashKey(key));
    else p.set(hashKey(key), value);
  }
  const text = p.toString();
  return text ? `#${text}` : '';
}

export function sameState(a: TrackerState, b: TrackerState): boolean {
  return STATE_KEYS.every((key) => a[key] === b[key]);
}

/** Writes the state into the page URL: a new history entry (`push`, undone by the back button) or the current one. */
export function saveState(state: TrackerState, push: boolean): void {
  const hash = writeState(location.hash, state);
  if (hash === location.hash) return;
  const url = hash || `${location.pathname}${location.search}`;
  history[push ? 'pushState' : 'replaceState'](history.state, '', url);
}
