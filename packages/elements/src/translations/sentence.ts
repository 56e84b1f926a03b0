/**
 * Ends a sentence with one full stop. A Serbian date already ends with one ("1. oktobar 2026."), so a
 * catalogue sentence that closes on a date writes `sentence(`… ${date}`)` instead of `` `… ${date}.` ``.
 * @internal
 */
export function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
