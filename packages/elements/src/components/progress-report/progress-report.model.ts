import type { DataTask } from '../../internal/controllers/data.js';
import type { ProgressReportCalls } from '../../internal/client/progress-report-calls.js';
import {
  ProgressUpdateInputSchema,
  STAFF_TEXT_LANGUAGES,
  exportSelfAssessmentCsvRoute,
  getSelfAssessmentRoute,
  routeUrl,
  type ActionPlanDetail,
  type Commitment,
  type Milestone,
  type ProgressUpdateInput,
  type StaffMe,
} from '@hapur/sdk';
import * as z from 'zod/mini';

/** One commitment with the milestones the signed-in institution may report on. */
export interface ReportableCommitment {
  commitment: Commitment;
  milestones: Milestone[];
}

/**
 * What the institution may report on, as the server decides it (the milestone's, its commitment's or the
 * plan's lead): the coordinator sees every commitment; a lead sees the commitments it leads whole, and the
 * milestones it leads in others.
 */
export function reportable(
  plan: ActionPlanDetail,
  institutionId: string,
): { coordinator: boolean; items: ReportableCommitment[] } {
  const coordinator = plan.coordinatingInstitutionId === institutionId;
  const items = plan.commitments
    .map((commitment) => ({
      commitment,
      milestones:
        coordinator || commitment.leadInstitutionId === institutionId
          ? commitment.milestones
          : commitment.milestones.filter((m) => m.leadInstitutionId === institutionId),
    }))
    .filter((c) => c.milestones.length > 0);
  return { coordinator, items };
}

/** The form as the person left it: strings as typed, so a draft restores exactly. */
/** The plan's milestone with this id, in any commitment. */
export const milestoneIn = (plan: ActionPlanDetail | undefined, id: string): Milestone | undefined =>
  plan?.commitments.flatMap((c) => c.milestones).find((m) => m.id === id);

export interface Draft {
  status: string;
  completion: string;
  percent: string;
  /** The languages ticked for the narrative, in the order offered. */
  languages: string[];
  /** Text per language; an unticked language keeps its text in the draft but is not sent. */
  narrative: Record<string, string>;
  links: { title: string; url: string }[];
  date: string;
}

/**
 * Today on the reader's clock, `YYYY-MM-DD` (Swedish writes dates so): after midnight east of UTC it is already the new
 * day there. The server accepts any date that is today somewhere on Earth.
 */
export const today = (now = new Date()) => now.toLocaleDateString('sv');

/** A new report starts from the milestone's current state, in the language the person reads. */
export function draftFrom(milestone: Milestone, lang: string, now?: Date): Draft {
  return {
    status: milestone.status,
    completion: milestone.completion ?? '',
    percent: milestone.progressPercent === undefined ? '' : String(milestone.progressPercent),
    languages: [lang],
    narrative: {},
    links: [],
    date: today(now),
  };
}

/** Reads the form into the draft (texts of unticked languages are kept). */
export function readForm(form: HTMLFormElement, before: Draft, offered: readonly string[]): Draft {
  const data = new FormData(form);
  const get = (name: string) => String(data.get(name) ?? '');
  const ticked = new Set(data.getAll('language').map(String));
  const narrative = { ...before.narrative };
  for (const lang of offered) if (data.has(`narrative-${lang}`)) narrative[lang] = get(`narrative-${lang}`);
  return {
    status: get('status'),
    completion: get('completion'),
    percent: get('percent').trim(),
    languages: offered.filter((l) => ticked.has(l)),
    narrative,
    links: before.links.map((_, i) => ({ title: get(`link-title-${i}`), url: get(`link-url-${i}`).trim() })),
    date: get('date'),
  };
}

/**
 * What is sent: the ticked languages' texts only (never one written for another), evidence rows the person
 * filled in, each titled in the first language they write in.
 */
export function toInput(draft: Draft, lang: string): ProgressUpdateInput {
  const titleLang = draft.languages[0] ?? lang;
  const links = draft.links.filter((l) => l.title.trim() || l.url);
  return {
    ...(draft.status ? { status: draft.status as ProgressUpdateInput['status'] } : {}),
    ...(draft.completion ? { completion: draft.completion as ProgressUpdateInput['completion'] } : {}),
    ...(draft.percent ? { progressPercent: Number(draft.percent) } : {}),
    narrative: {
      values: Object.fromEntries(draft.languages.map((l) => [l, draft.narrative[l] ?? ''])),
      ...(draft.languages[0] ? { source: draft.languages[0] } : {}),
    },
    ...(links.length
      ? {
          evidence: links.map((l) => ({
            kind: 'document' as const,
            title: { values: { [titleLang]: l.title.trim() } },
            url: l.url,
          })),
        }
      : {}),
    ...(draft.date ? { reportingDate: draft.date } : {}),
  };
}

/** A problem with one field: its id in the form and what to say. */
export interface Issue {
  field: string;
  code:
    | 'nothing'
    | 'percent'
    | 'percentDone'
    | 'narrative'
    | 'linkTitle'
    | 'linkUrl'
    | 'date'
    | 'reporting_date_in_future'
    | 'reporting_date_before_plan'
    | 'tooLong';
  /** The language (narrative) or link number (1-based) the message names. */
  arg?: string | number;
}

/** Where a schema issue belongs in the form; evidence rows are numbered as the person sees them. */
function issueFor(path: readonly PropertyKey[], code: string, reason: unknown, draft: Draft): Issue {
  const [head, index, sub] = path;
  if (reason === 'nothing_changed') return { field: 'status', code: 'nothing' };
  if (reason === 'completed_below_100') return { field: 'percent', code: 'percentDone' };
  if (head === 'progressPercent') return { field: 'percent', code: 'percent' };
  if (head === 'reportingDate') return { field: 'date', code: 'date' };
  if (head === 'narrative') {
    const lang = String(path[2] ?? draft.languages[0] ?? '');
    return { field: `narrative-${lang}`, code: code === 'too_big' ? 'tooLong' : 'narrative', arg: lang };
  }
  if (head === 'evidence') {
    const filled = draft.links.map((l, i) => ({ l, i })).filter(({ l }) => l.title.trim() || l.url);
    const row = filled[Number(index)]?.i ?? 0;
    return sub === 'url'
      ? { field: `link-url-${row}`, code: 'linkUrl', arg: row + 1 }
      : { field: `link-title-${row}`, code: 'linkTitle', arg: row + 1 };
  }
  return { field: 'status', code: 'nothing' };
}

/** The report's problems, from the SDK's own input schema (the rule the server applies), in form order. */
export function validate(draft: Draft, input: ProgressUpdateInput): Issue[] {
  const result = z.safeParse(ProgressUpdateInputSchema, input);
  if (result.success) return [];
  const issues: Issue[] = [];
  for (const i of result.error.issues) {
    const issue = issueFor(i.path, i.code, (i as { params?: { reason?: unknown } }).params?.reason, draft);
    if (!issues.some((x) => x.field === issue.field)) issues.push(issue);
  }
  const order = ['status', 'completion', 'percent', 'narrative', 'link', 'date'];
  const rank = (f: string) => order.findIndex((o) => f.startsWith(o));
  return issues.sort((a, b) => rank(a.field) - rank(b.field) || a.field.localeCompare(b.field));
}

/** `sessionStorage` key of a draft: per API, plan and milestone. The token is never part of a draft. */
const draftKey = (base: string, planId: string, milestoneId: string) =>
  `hapur-progress-draft ${base} ${planId} ${milestoneId}`;

function tabStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Drafts survive a reload of this tab (never `localStorage`: a report is work in progress, not a secret, but stays in the tab). */
export const drafts = {
  load(base: string, planId: string, milestoneId: string): Draft | undefined {
    try {
      const text = tabStorage()?.getItem(draftKey(base, planId, milestoneId));
      return text ? (JSON.parse(text) as Draft) : undefined;
    } catch {
      return undefined;
    }
  },
  save(base: string, planId: string, milestoneId: string, draft: Draft): void {
    try {
      tabStorage()?.setItem(draftKey(base, planId, milestoneId), JSON.stringify(draft));
    } catch {
      // quota or blocked storage: the draft lives only as long as the page
    }
  },
  clear(base: string, planId: string, milestoneId: string): void {
    try {
      tabStorage()?.removeItem(draftKey(base, planId, milestoneId));
    } catch {
      // nothing stored
    }
  },
};

/** A form opened on a draft: no problems shown, not sending, no outcome yet. */
export function freshForm(draft: Draft, restored: boolean) {
  return { draft, issues: [] as Issue[], busy: false, restored, outcome: undefined };
}

/** The narrative languages offered: the staff text languages, the plan's own first when it has another. */
export function offeredLanguages(source: string | undefined): string[] {
  return source && !(STAFF_TEXT_LANGUAGES as readonly string[]).includes(source)
    ? [source, ...STAFF_TEXT_LANGUAGES]
    : [...STAFF_TEXT_LANGUAGES];
}

/** The plan's self-assessment downloads (CSV and JSON) on the API at `api`, resolved against the page. */
export function selfAssessmentLinks(api: string | undefined, planId: string | undefined) {
  if (!api || !planId) return undefined;
  const base = new URL(api.endsWith('/') ? api : `${api}/`, document.baseURI);
  const at = (route: Parameters<typeof routeUrl>[0]) => new URL(routeUrl(route, { planId }), base).href;
  return { csv: at(exportSelfAssessmentCsvRoute), json: at(getSelfAssessmentRoute) };
}

/** What the block shows: who signed in, and the plan. @internal */
export interface ReportData {
  me: StaffMe;
  plan: ActionPlanDetail;
}

/**
 * The block's data: who signed in and the plan, read together with `calls`; nothing (`null`) while signed out, so the
 * sign-in shows; no task without a plan id. `key` is the calls' (API base and token). @internal
 */
export function reportTask(
  calls: ProgressReportCalls | undefined,
  planId: string | undefined,
  key = 'client',
): DataTask<ReportData | null> | undefined {
  if (!calls) return { source: 'api', key: 'signed-out', now: () => null };
  if (!planId) return undefined;
  return {
    source: 'api',
    key: `${key}|${planId}`,
    run: async (signal) => {
      const [me, plan] = await Promise.all([calls.staff.me({ signal }), calls.getPlan(planId, { signal })]);
      return { me, plan };
    },
  };
}
