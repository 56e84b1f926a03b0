import { commitmentNumber } from '../schemas/commitment-number.js';
import type { Shape } from '../shapes/check.js';
import { checkInput, parseInput } from './validate.js';

/** A commitment's number as a path parameter: `3`, `3.1`. */
export const CommitmentNumberSchema = /* @__PURE__ */ commitmentNumber();

/** A commitment's path parameters, its number checked (`3`, `'3'`, `'3.1'`). @internal */
export const commitment = (planId: string, number: string | number) => ({
  planId,
  number: parseInput(CommitmentNumberSchema, String(number), 'commitment number'),
});

/** The same, checked by the shape compiled from `CommitmentNumberSchema` (a read without zod). @internal */
export const commitmentChecked = (planId: string, number: string | number, shape: Shape<string>) => ({
  planId,
  number: checkInput(shape, String(number), 'commitment number'),
});
