import { randomUUID } from 'node:crypto';
import {
  API_ROUTES,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  IdSchema,
  type Contribution,
  type OpportunityFilter,
  type ParticipationOpportunity,
  type RouteInput,
} from '@hapur/sdk';
import { requireInstitution } from '../auth/tokens.js';
import { isDated, opportunitiesCalendar } from '../domain/calendar.js';
import {
  audit,
  listOpportunities,
  loadContribution,
  loadOpportunity,
  loadProcess,
  processDetail,
  upsertContribution,
  upsertOpportunity,
} from '../domain/cocreation.js';
import { loadInstitution } from '../domain/institutions.js';
import { sendCached, sendJson } from '../http/conditional.js';
import { problems, type FieldError } from '../http/problem.js';
import { QUERY, readQuery, refuseBackwardsPeriod } from '../http/query.js';
import { readJson, validate } from '../http/validate.js';
import { currentStaff, type AnyContext, type Handlers } from './define.js';

const oneOf = (values: readonly string[], code: string) => ({
  schema: { safeParse: (v: unknown) => ({ success: values.includes(String(v)) }) },
  code,
  message: `Use one of: ${values.join(', ')}.`,
});
const id = { schema: IdSchema, code: 'invalid_id', message: 'Use an id such as xk-mapl.' };

/**
 * The filter of the list and the feed, each parameter checked (one 400 names every bad one); a period that starts
 * after it ends is a 400 too, not an empty list or feed.
 */
function readFilter(c: AnyContext): OpportunityFilter {
  const filter = readQuery(c, {
    institution: id,
    process: id,
    from: QUERY.date,
    to: QUERY.date,
    kind: oneOf(OPPORTUNITY_KINDS, 'invalid_kind'),
    status: oneOf(OPPORTUNITY_STATUSES, 'invalid_status'),
  });
  refuseBackwardsPeriod(filter.from, filter.to);
  return filter;
}

const CALENDAR = 'text/calendar; charset=utf-8';

async function opportunityOr404(c: AnyContext, opportunityId: string): Promise<ParticipationOpportunity> {
  const found = await loadOpportunity(c.get('deps').db, opportunityId);
  if (!found) throw problems.notFound(`No participation opportunity "${opportunityId}".`);
  return found;
}

/** The organiser and process an opportunity names must exist (404 naming the field otherwise). */
async function checkReferences(c: AnyContext, input: RouteInput<'createOpportunity'>): Promise<void> {
  const { db } = c.get('deps');
  if (!(await loadInstitution(db, input.organiserInstitutionId)))
    throw problems.notFound(`No institution "${input.organiserInstitutionId}".`);
  if (input.processId !== undefined && !(await loadProcess(db, input.processId)))
    throw problems.notFound(`No co-creation process "${input.processId}".`);
}

/**
 * A response may say an idea was taken into a plan's commitment or milestone only when that plan, commitment and
 * milestone exist: the claim is shown publicly next to the contribution (400 `unknown_reference`, as feedback's subject).
 */
async function checkAdoptedInto(c: AnyContext, links: RouteInput<'recordResponse'>['adoptedInto']): Promise<void> {
  const { db, plans } = c.get('deps');
  const errors: FieldError[] = [];
  for (const [i, link] of (links ?? []).entries()) {
    const at = `adoptedInto[${i}]`;
    const plan = (await plans.get(db, link.planId))?.plan;
    const commitment = plan?.commitments.find((x) => x.number === link.commitmentNumber);
    if (!plan)
      errors.push({ path: `${at}.planId`, code: 'unknown_reference', message: `No action plan "${link.planId}".` });
    else if (!commitment)
      errors.push({
        path: `${at}.commitmentNumber`,
        code: 'unknown_reference',
        message: `Plan "${plan.id}" has no commitment ${link.commitmentNumber}.`,
      });
    else if (
      link.milestoneNumber !== undefined &&
      !commitment.milestones.some((m) => m.number === link.milestoneNumber)
    )
      errors.push({
        path: `${at}.milestoneNumber`,
        code: 'unknown_reference',
        message: `Commitment ${commitment.number} of plan "${plan.id}" has no milestone ${link.milestoneNumber}.`,
      });
  }
  if (errors.length > 0) throw problems.validation(errors);
}

/** Participation opportunities (list, iCalendar), co-creation processes, and the staff writes on them. */
export const cocreationHandlers = {
  listOpportunities: async (c) => sendJson(c, await listOpportunities(c.get('deps').db, readFilter(c))),

  opportunitiesCalendar: async (c) => {
    const filter = readFilter(c);
    const { lang } = readQuery(c, { lang: QUERY.lang });
    const { items } = await listOpportunities(c.get('deps').db, filter);
    return sendCached(c, await opportunitiesCalendar(items, lang), CALENDAR);
  },

  opportunityCalendar: async (c) => {
    const { lang } = readQuery(c, { lang: QUERY.lang });
    const opportunity = await opportunityOr404(c, c.req.param('opportunityId'));
    if (!isDated(opportunity))
      throw problems.notFound(`"${opportunity.id}" has no date yet, so there is nothing to add to a calendar.`);
    c.header('Content-Disposition', `attachment; filename="${opportunity.id}.ics"`);
    return sendCached(c, await opportunitiesCalendar([opportunity], lang), CALENDAR);
  },

  getCoCreationProcess: async (c) => {
    const processId = c.req.param('processId');
    const detail = await processDetail(c.get('deps').db, processId);
    if (!detail) throw problems.notFound(`No co-creation process "${processId}".`);
    return sendJson(c, detail);
  },

  createOpportunity: async (c) => {
    const { db, now } = c.get('deps');
    const staff = currentStaff(c);
    const input = validate<RouteInput<'createOpportunity'>>(API_ROUTES.createOpportunity.input, await readJson(c));
    const organiser = input.organiserInstitutionId;
    requireInstitution(staff, organiser, `an opportunity organised by ${organiser} is for ${organiser} to publish`);
    await checkReferences(c, input);
    const opportunity = { ...input, id: input.id ?? `po-${randomUUID()}` } as ParticipationOpportunity;
    const at = now();
    return db.transaction(async (tx) => {
      // Inserted only if the id is free, in one statement: two creates at the same moment get one 201 and one 409.
      if (!(await upsertOpportunity(tx, opportunity, 'real', at, false)))
        throw problems.conflict('opportunity_exists', `An opportunity "${opportunity.id}" exists: update it instead.`);
      await audit(tx, {
        at,
        action: 'create_opportunity',
        targetId: opportunity.id,
        staff,
        before: undefined,
        after: opportunity,
      });
      return c.json(await loadOpportunity(tx, opportunity.id), 201);
    });
  },

  updateOpportunity: async (c) => {
    const { db, now } = c.get('deps');
    const staff = currentStaff(c);
    const opportunityId = c.req.param('opportunityId');
    const input = validate<RouteInput<'updateOpportunity'>>(API_ROUTES.updateOpportunity.input, await readJson(c));
    if (input.id !== undefined && input.id !== opportunityId)
      throw problems.validation([
        { path: 'id', code: 'id_mismatch', message: `The body names "${input.id}", the path "${opportunityId}".` },
      ]);
    const before = await opportunityOr404(c, opportunityId);
    requireInstitution(
      staff,
      before.organiserInstitutionId,
      `opportunity ${opportunityId} is organised by ${before.organiserInstitutionId}`,
    );
    requireInstitution(
      staff,
      input.organiserInstitutionId,
      `an opportunity cannot be handed to another organiser (${input.organiserInstitutionId})`,
    );
    await checkReferences(c, input);
    const opportunity = { ...input, id: opportunityId } as ParticipationOpportunity;
    const at = now();
    return db.transaction(async (tx) => {
      // What the update replaces, read again under the row's lock: two updates at the same moment are audited one
      // after the other, the second's entry holding the first's text as what it replaced.
      const current = (await loadOpportunity(tx, opportunityId, true)) ?? before;
      await upsertOpportunity(tx, opportunity, 'real', at);
      await audit(tx, {
        at,
        action: 'update_opportunity',
        targetId: opportunityId,
        staff,
        before: current,
        after: opportunity,
      });
      return c.json(await loadOpportunity(tx, opportunityId));
    });
  },

  recordResponse: async (c) => {
    const { db, now } = c.get('deps');
    const staff = currentStaff(c);
    const contributionId = c.req.param('contributionId');
    const input = validate<RouteInput<'recordResponse'>>(API_ROUTES.recordResponse.input, await readJson(c));
    const before = await loadContribution(db, contributionId);
    if (!before) throw problems.notFound(`No contribution "${contributionId}".`);
    // Who answers: the process's coordinator, or the organiser of the opportunity it was proposed in.
    const process = await loadProcess(db, before.processId);
    const opportunity = before.opportunityId ? await loadOpportunity(db, before.opportunityId) : undefined;
    const answerers = [process?.coordinatingInstitutionId, opportunity?.organiserInstitutionId];
    requireInstitution(
      staff,
      answerers.find((i) => i === staff.institutionId),
      `contribution ${contributionId} is for its process's coordinator or its opportunity's organiser to answer`,
    );
    await checkAdoptedInto(c, input.adoptedInto);
    const at = now();
    const response = { ...input, respondedBy: staff.institutionId, respondedAt: at.toISOString() };
    // The contribution as it is now, under its row lock: two answers at the same moment are recorded one after the
    // other, the second's audit entry holding the first's answer as what it replaced.
    const contribution = await db.transaction(async (tx) => {
      const current = (await loadContribution(tx, contributionId, true)) ?? before;
      const after: Contribution = { ...current, response };
      await upsertContribution(tx, after, 'real', at);
      await audit(tx, { at, action: 'record_response', targetId: contributionId, staff, before: current, after });
      return after;
    });
    return c.json(contribution);
  },
} satisfies Handlers;
