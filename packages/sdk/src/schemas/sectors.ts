// Who a supporting actor is, as a plain list without zod: a display-only reader (the tracker) imports it without
// evaluating the reference schemas (refs.ts re-exports it).

export const SECTORS = ['government', 'civil_society', 'other'] as const;
