// Story data for the feedback blocks: the SDK's demonstration submissions (invented and anonymous,
// to the fictional Example Municipality; `provenance.kind: "demonstration"`), shaped the way the
// reference server returns them. Deadlines follow the server's rule (packages/server/src/feedback/
// deadline.ts: 15 calendar days from submission); nothing else is added.
import {
  NetworkError,
  RateLimitError,
  ServerError,
  HttpError,
  NotFoundError,
  type FeedbackReceipt,
  type HapurClient,
  type FeedbackStatus,
  type ParticipationStats,
  type PublishedComment,
  type SubmissionSeed,
  type ActionPlan,
} from '@hapur/sdk';
import demo from '../../packages/sdk/data/demo/submissions.json' with { type: 'json' };
import albania from '../../packages/sdk/data/al-2020-2022.json' with { type: 'json' };
import type { FeedbackClient } from '../../packages/elements/src/components/feedback-form/feedback-form.types.js';

export const submissions = (demo as unknown as { submissions: SubmissionSeed[] }).submissions;
const DAY = 86_400_000;
const respondBy = (submittedAt: string) =>
  new Date(Date.parse(submittedAt) + 15 * DAY).toISOString().replace('.000Z', 'Z');

/** The public status view of a demonstration submission. */
export function statusOf(reference: string): FeedbackStatus {
  const s = submissions.find((item) => item.reference === reference);
  if (!s) throw new Error(`stories: no demonstration submission ${reference}`);
  return {
    reference: s.reference,
    type: s.type,
    status: s.status,
    submittedAt: s.submittedAt,
    respondBy: respondBy(s.submittedAt),
    history: s.history,
    ...(s.response ? { response: s.response } : {}),
  };
}

/** The published demonstration comments (commitment 1 of the Kosovo 2026–2028 plan). */
export const comments: PublishedComment[] = submissions
  .filter((s) => s.published && s.publishedAt)
  .map((s) => ({
    reference: s.reference,
    type: s.type,
    subject: s.subject,
    message: s.message,
    language: s.language,
    submittedAt: s.submittedAt,
    publishedAt: s.publishedAt!,
    status: s.status,
    ...(s.response ? { response: s.response } : {}),
  }));

/** Counts over all demonstration submissions, computed as the server does. */
export const stats: ParticipationStats = (() => {
  const byType: ParticipationStats['byType'] = {};
  const byStatus: ParticipationStats['byStatus'] = {};
  for (const s of submissions) {
    byType[s.type] = (byType[s.type] ?? 0) + 1;
    byStatus[s.status] = (byStatus[s.status] ?? 0) + 1;
  }
  const answered = submissions.filter((s) => s.response);
  const days = answered
    .map((s) => (Date.parse(s.response!.respondedAt) - Date.parse(s.submittedAt)) / DAY)
    .sort((a, b) => a - b);
  const mid = Math.floor(days.length / 2);
  const median = days.length === 0 ? null : days.length % 2 ? days[mid]! : (days[mid - 1]! + days[mid]!) / 2;
  const onTime = answered.filter(
    (s) => Date.parse(s.response!.respondedAt) <= Date.parse(respondBy(s.submittedAt)),
  ).length;
  return {
    institutionId: 'xk-example-municipality',
    total: submissions.length,
    byType,
    byStatus,
    answeredWithinDeadlineShare: answered.length ? onTime / answered.length : null,
    medianResponseDays: median === null ? null : Math.round(median * 10) / 10,
  };
})();

/** The Albanian 2020–2022 draft (seed 004) and its consultation's guiding questions. */
export const draftPlan = (albania as unknown as { plans: ActionPlan[] }).plans[0];
export const guidingQuestions = draftPlan?.consultation?.guidingQuestions ?? [];

const URL_ = 'https://example.org/api/v1/feedback';
const receipt: FeedbackReceipt = {
  reference: 'XK-2026-00000114',
  statusToken: 'demo-token-Z3VpZGVkLXN0b3J5',
  status: 'received',
  submittedAt: '2026-03-02T09:00:00Z',
  respondBy: respondBy('2026-03-02T09:00:00Z'),
};

/** Stand-ins for the SDK client, one per outcome of sending. */
export const clients = {
  accepting: { submitFeedback: async () => receipt } satisfies FeedbackClient,
  pending: { submitFeedback: () => new Promise<FeedbackReceipt>(() => undefined) } satisfies FeedbackClient,
  offline: {
    submitFeedback: async () => {
      throw new NetworkError({ method: 'POST', url: URL_ });
    },
  } satisfies FeedbackClient,
  serverError: {
    submitFeedback: async () => {
      throw new ServerError({ status: 503, method: 'POST', url: URL_ });
    },
  } satisfies FeedbackClient,
  rateLimited: {
    submitFeedback: async () => {
      throw new RateLimitError({ status: 429, method: 'POST', url: URL_, retryAfter: 120 });
    },
  } satisfies FeedbackClient,
  refused: {
    submitFeedback: async () => {
      throw new HttpError({ status: 403, method: 'POST', url: URL_, requestId: 'req-4c1d9e' });
    },
  } satisfies FeedbackClient,
  /** Reads for the status, comments and statistics blocks. */
  reader: {
    submitFeedback: async () => receipt,
    getFeedbackStatus: async (token: string) => {
      const s = submissions.find((item) => token === `demo-${item.reference}`);
      if (!s) throw new NotFoundError({ status: 404, method: 'GET', url: `${URL_}/${token}` });
      return statusOf(s.reference);
    },
    listComments: async (_plan: string, _n: string | number, paging: { page?: number; pageSize?: number } = {}) => {
      const page = paging.page ?? 1;
      const pageSize = paging.pageSize ?? 10;
      return { items: comments.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: comments.length };
    },
    getParticipationStats: async () => stats,
  } satisfies Pick<HapurClient, 'submitFeedback' | 'getFeedbackStatus' | 'listComments' | 'getParticipationStats'>,
};

/** A read the server cannot answer (503, with the request id support can look up): the blocks' error state. */
const unavailable = async (): Promise<never> => {
  throw new ServerError({ status: 503, method: 'GET', url: URL_, requestId: 'req-5b2e8d1a' });
};
/** Reads for the status, comments and statistics blocks that all fail. */
export const failingReader = {
  ...clients.reader,
  getFeedbackStatus: unavailable,
  listComments: unavailable,
  getParticipationStats: unavailable,
} satisfies Pick<HapurClient, 'submitFeedback' | 'getFeedbackStatus' | 'listComments' | 'getParticipationStats'>;
