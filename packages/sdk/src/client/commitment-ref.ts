import * as z from 'zod/mini';
import { parseInput } from './validate.js';

const CommitmentNumber = /* @__PURE__ */ z.string().check(z.regex(/^\d+(?:\.\d+)*$/));

/** A commitment's path parameters, its number checked (`3`, `'3'`, `'3.1'`). @internal */
export const commitment = (planId: string, number: string | number) => ({
  planId,
  number: parseInput(CommitmentNumber, String(number), 'commitment number'),
});
