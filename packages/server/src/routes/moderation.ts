import type { RouteInput } from '@hapur/sdk';
import { publish } from '../feedback/actions.js';
import { changeStatus } from '../feedback/store.js';
import { problems } from '../http/problem.js';
import type { Handlers } from './define.js';
import { act } from './inbox-actions.js';

/**
 * Staff moderation of submissions: answer and change status, publish as a comment. Who may: the
 * institution that answers for the subject (`auth/responsibility.ts`), whatever institution the sender
 * named; each is an inbox action (`act`: idempotent with a key, recorded with the token's name).
 */
export const moderationHandlers = {
  changeSubmissionStatus: (c) =>
    act<RouteInput<'changeSubmissionStatus'>>(
      c,
      'changeSubmissionStatus',
      async ({ tx, row, input, actor, at }) => {
        const language = row.input.language;
        if (input.response && input.response.body.values[language] === undefined)
          throw problems.unprocessable(
            'response_language_missing',
            `The official response must include the person's language (${language}); other languages are optional.`,
          );
        await changeStatus(tx, row.id, input, actor, at);
      },
      ({ row, input, at }) => ({ reference: row.reference, status: input.status, at }),
    ),

  publishComment: (c) =>
    act(
      c,
      'publishComment',
      ({ tx, row, actor, at }) => publish(tx, row, actor, at),
      ({ row }) => ({ reference: row.reference, published: true }),
    ),
} satisfies Handlers;
