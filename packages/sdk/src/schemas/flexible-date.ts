import * as z from 'zod/mini';
import { IsoDateSchema, LangTagSchema, text } from './common.js';

export const FLEXIBLE_DATE_KINDS = [
  'quarter',
  'half',
  'month',
  'year',
  'year_end',
  'date',
  'recurring_quarterly',
  'ongoing',
  'range',
  'unspecified',
] as const;
export type FlexibleDateKind = (typeof FLEXIBLE_DATE_KINDS)[number];

/**
 * A date as a plan writes it ("Q 1 - 2027", "Nga fundi i vitit 2027", "Vazhdon (2026–2028)"):
 * the text exactly as written, what kind of date it is, an EDTF value where one exists
 * (quarters are months 33–36: "Q1 2027" → `2027-33`; halves 40–41: "H2 2023" → `2023-41`; a range is an
 * interval: `2021-09/2022-06`), and the window it stands for.
 * `latest` is what "overdue" is measured against. `parseFlexibleDate` fills these in.
 */
export const FlexibleDateSchema = z.object({
  text: /* @__PURE__ */ text(0, 500),
  lang: z.optional(LangTagSchema),
  kind: z.enum(FLEXIBLE_DATE_KINDS),
  edtf: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(40))),
  earliest: z.optional(IsoDateSchema),
  latest: z.optional(IsoDateSchema),
  recurrence: z.optional(
    z.object({
      frequency: z.literal('quarterly'),
      from: z.optional(IsoDateSchema),
      until: z.optional(IsoDateSchema),
    }),
  ),
});
export type FlexibleDate = z.infer<typeof FlexibleDateSchema>;
