-- Co-creation (issue 19): processes, participation opportunities, contributions with their reasoned
-- responses, and the audit log of the staff writes on them. Documents are the SDK's shapes (doc).

CREATE TABLE cocreation_processes (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  provenance text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE participation_opportunities (
  id text PRIMARY KEY,
  process_id text,
  organiser_id text,
  doc jsonb NOT NULL,
  provenance text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX participation_opportunities_process ON participation_opportunities (process_id);

CREATE TABLE contributions (
  id text PRIMARY KEY,
  process_id text NOT NULL,
  opportunity_id text,
  doc jsonb NOT NULL,
  provenance text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contributions_process ON contributions (process_id);

-- Append-only: who (token, its name and institution) did what to which record, and the record before/after.
CREATE TABLE cocreation_audit (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  action text NOT NULL,
  target_id text NOT NULL,
  token_id bigint NOT NULL,
  staff_name text NOT NULL,
  institution_id text NOT NULL,
  before jsonb,
  after jsonb NOT NULL
);
CREATE INDEX cocreation_audit_target ON cocreation_audit (target_id, at);
