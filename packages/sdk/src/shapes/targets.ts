import { isCanonicalLangTag, isNotBareSerbian } from '../schemas/common.js';
import { listOf, ProblemDetailsSchema } from '../schemas/envelopes.js';
import { PublicServiceSchema } from '../schemas/service.js';
import { shapesModule, type KnownRefinements } from './compile.js';

/** Refinements with a data form the light checker understands (both are LangTagSchema's; `lang` checks the two). */
const refinements: KnownRefinements = new Map([
  [isNotBareSerbian, { lang: true }],
  [isCanonicalLangTag, { lang: true }],
]);

/**
 * The generated shape modules (file name → source), for what display-only blocks read: services, and the problem documents of failed requests.
 * Build time only: `npm run shapes:build -w @hapur/sdk` writes them; a test fails when they are stale.
 */
export function shapeFiles(): Record<string, string> {
  return {
    'read.generated.ts': shapesModule(
      [
        { name: 'PublicServiceShape', schema: PublicServiceSchema, type: 'PublicService' },
        { name: 'PublicServiceListShape', schema: listOf(PublicServiceSchema), type: '{ items: PublicService[] }' },
        { name: 'ProblemDetailsShape', schema: ProblemDetailsSchema, type: 'ProblemDetails' },
      ],
      [
        { from: '../schemas/service.js', names: ['PublicService'] },
        { from: '../schemas/envelopes.js', names: ['ProblemDetails'] },
      ],
      refinements,
    ),
  };
}
