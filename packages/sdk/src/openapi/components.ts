import * as z from 'zod/mini';
import * as s from '../schemas/index.js';

/** Every named schema of the contract, as it appears under components/schemas and in openapi/schemas/. */
export const NAMED_SCHEMAS = {
  LocalizedText: s.LocalizedTextSchema,
  FlexibleDate: s.FlexibleDateSchema,
  LegalResourceRef: s.LegalResourceRefSchema,
  ContactPoint: s.ContactPointSchema,
  DocumentRef: s.DocumentRefSchema,
  SupportingActor: s.SupportingActorSchema,
  ProblemDetails: s.ProblemDetailsSchema,
  Institution: s.InstitutionSchema,
  Milestone: s.MilestoneSchema,
  Commitment: s.CommitmentSchema,
  Component: s.ComponentSchema,
  ActionPlan: s.ActionPlanSchema,
  ActionPlanDetail: s.ActionPlanDetailSchema,
  ActionPlanSummary: s.ActionPlanSummarySchema,
  ProgressUpdate: s.ProgressUpdateSchema,
  ProgressUpdateInput: s.ProgressUpdateInputSchema,
  EvidenceLink: s.EvidenceLinkSchema,
  ProgressHistoryEntry: s.ProgressHistoryEntrySchema,
  SelfAssessment: s.SelfAssessmentSchema,
  PublicService: s.PublicServiceSchema,
  ServiceInput: s.ServiceInputSchema,
  ServiceWithdrawInput: s.ServiceWithdrawInputSchema,
  ServiceRevision: s.ServiceRevisionSchema,
  ServiceChange: s.ServiceChangeSchema,
  FeedbackSubject: s.FeedbackSubjectSchema,
  FeedbackInput: s.FeedbackInputSchema,
  FeedbackReceipt: s.FeedbackReceiptSchema,
  FeedbackStatus: s.FeedbackStatusSchema,
  StatusChangeInput: s.StatusChangeInputSchema,
  StatusChangeResult: s.StatusChangeResultSchema,
  PublishResult: s.PublishResultSchema,
  PublishedComment: s.PublishedCommentSchema,
  RemovedComment: s.RemovedCommentSchema,
  CommentListItem: s.CommentListItemSchema,
  StaffMe: s.StaffMeSchema,
  StaffSubmissionQuery: s.StaffSubmissionQuerySchema,
  StaffSubmission: s.StaffSubmissionSchema,
  StaffSubmissionCounts: s.StaffSubmissionCountsSchema,
  StaffSubmissionPage: s.StaffSubmissionPageSchema,
  StaffHistoryEntry: s.StaffHistoryEntrySchema,
  StaffSubmissionDetail: s.StaffSubmissionDetailSchema,
  AssignInput: s.AssignInputSchema,
  InternalNoteInput: s.InternalNoteInputSchema,
  UnpublishInput: s.UnpublishInputSchema,
  TransferInput: s.TransferInputSchema,
  ReleaseInput: s.ReleaseInputSchema,
  WebhookPayload: s.WebhookPayloadSchema,
  WebhookDelivery: s.WebhookDeliverySchema,
  ParticipationStats: s.ParticipationStatsSchema,
  OpportunityWhen: s.OpportunityWhenSchema,
  ParticipationOpportunity: s.ParticipationOpportunitySchema,
  OpportunityInput: s.OpportunityInputSchema,
  OpportunityList: s.OpportunityListSchema,
  ReasonedResponse: s.ReasonedResponseSchema,
  ResponseInput: s.ResponseInputSchema,
  Contribution: s.ContributionSchema,
  CoCreationProcess: s.CoCreationProcessSchema,
  CoCreationProcessDetail: s.CoCreationProcessDetailSchema,
  PublicationRequirement: s.PublicationRequirementSchema,
  PublicationCheck: s.PublicationCheckSchema,
  PublicationCheckInput: s.PublicationCheckInputSchema,
  ChecklistSummary: s.ChecklistSummarySchema,
  PublicationChecklist: s.PublicationChecklistSchema,
  ImportFile: s.ImportFileSchema,
} as const;

export type SchemaName = keyof typeof NAMED_SCHEMAS;

/** JSON Schema (2020-12) for every named schema, shared parts as `$ref`s to `#/components/schemas/<Name>`. */
export function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(NAMED_SCHEMAS)) registry.add(schema, { id });
  const out = z.toJSONSchema(registry, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` });
  const schemas: Record<string, unknown> = {};
  for (const [id, schema] of Object.entries(out.schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema as Record<string, unknown>;
    schemas[id] = rest;
  }
  return schemas;
}

/** A standalone JSON Schema file for one resource (everything inlined), for editors and other languages. */
export function standaloneSchema(name: SchemaName): Record<string, unknown> {
  const schema = z.toJSONSchema(NAMED_SCHEMAS[name], { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema: schema['$schema'], title: name, ...schema };
}
