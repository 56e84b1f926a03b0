import { API_ROUTES, type RouteInput } from '@hapur/sdk';
import { respondByFrom, responseDays } from '@hapur/sdk/rules';
import { sha256 } from '../auth/tokens.js';
import { canonicalJson, hashText, parseIdempotencyKey } from '../feedback/idempotency.js';
import { isStatusTokenShape } from '../feedback/reference.js';
import { findSubmission, publicStatus } from '../feedback/status.js';
import { submitOnce } from '../feedback/store.js';
import { PRIVATE_CACHE, sendJson } from '../http/conditional.js';
import { problems } from '../http/problem.js';
import { readJson, validate } from '../http/validate.js';
import { resolveSubject } from '../feedback/subject.js';
import type { Handlers } from './define.js';

/** Citizen endpoints: send feedback (idempotent) and follow it with the secret status token. */
export const feedbackHandlers = {
  submitFeedback: async (c) => {
    const key = parseIdempotencyKey(c.req.header('Idempotency-Key'));
    const raw = await readJson(c);
    const input = validate<RouteInput<'submitFeedback'>>(API_ROUTES.submitFeedback.input, raw);
    const { db, now, plans, config, webhooks } = c.get('deps');
    const target = await resolveSubject(
      db,
      input,
      async (id) => (await plans.get(db, id))?.plan,
      config.defaultInstitutionId,
    );
    const submittedAt = now();
    const { contact, consent, website, ...publicPart } = input;
    const hasContact = consent === true && contact !== undefined && Object.values(contact).some((v) => v !== undefined);
    // Honeypot: people never see the field; a filled one is kept but quarantined.
    const quarantined = website !== undefined && website.trim() !== '';
    const notify = !quarantined && webhooks?.has(target.institutionId) === true;
    const result = await submitOnce(db, key, hashText(canonicalJson(raw)), {
      type: input.type,
      country: target.country,
      institutionId: target.institutionId,
      planId: input.subject.planId,
      commitmentNumber: input.subject.commitmentNumber,
      serviceId: input.subject.serviceId,
      input: publicPart,
      contact: hasContact ? contact : undefined,
      quarantined,
      notify,
      demonstration: false,
      clientHash: c.get('client'),
      submittedAt,
      respondBy: respondByFrom(submittedAt, responseDays(target.country, input.type)),
    });
    if (result.replayed) c.header('Idempotent-Replayed', 'true');
    // The webhook is sent in the background: the person's request never waits for the receiver.
    if (notify && !result.replayed) webhooks?.kick();
    c.header('Cache-Control', 'no-store');
    return c.json(result.body, result.status as 201);
  },

  getFeedbackStatus: async (c) => {
    const token = c.req.param('statusToken');
    const notFound = problems.notFound('No submission has this status token. Check that it was copied in full.');
    if (!isStatusTokenShape(token)) throw notFound;
    const { db } = c.get('deps');
    const row = await findSubmission(db, 'status_token_hash', sha256(token));
    if (!row) throw notFound;
    c.header('Referrer-Policy', 'no-referrer');
    return sendJson(c, await publicStatus(db, row), PRIVATE_CACHE);
  },
} satisfies Handlers;
