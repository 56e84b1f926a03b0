import type { LocalizedText } from './common.js';

/** A LocalizedText in Albanian only: the smallest valid text for fixtures. */
export const sq = (text: string): LocalizedText => ({ values: { sq: text }, source: 'sq' });
