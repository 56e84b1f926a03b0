-- The institution's inbox (issue 16): who a submission is assigned to, where it was transferred, the
-- service it is about (pulled out of input for the inbox filter), a full history (each event says what
-- kind it is, who did it — the staff token's name — and whether it is internal), and webhook deliveries.
ALTER TABLE submissions ADD COLUMN service_id text;
UPDATE submissions SET service_id = input->'subject'->>'serviceId' WHERE service_id IS NULL;
ALTER TABLE submissions ADD COLUMN assignee text;
ALTER TABLE submissions ADD COLUMN transferred_at timestamptz;

-- The inbox lists by institution, plan commitment or service, open items first, soonest deadline first
-- (feedback/inbox.ts ORDER.respondBy; closed_at is set exactly while the status is a closed one).
CREATE INDEX submissions_inbox_institution ON submissions
  (institution_id, (closed_at IS NOT NULL), respond_by, submitted_at, id) WHERE NOT quarantined;
CREATE INDEX submissions_inbox_commitment ON submissions (plan_id, commitment_number, respond_by);
CREATE INDEX submissions_inbox_service ON submissions (service_id, respond_by) WHERE service_id IS NOT NULL;

-- kind: received | status | assigned | note | published | unpublished | transferred | released.
-- internal events never reach the public status page. detail: the kind's own fields (assignee, text, from, to …).
ALTER TABLE submission_events ADD COLUMN kind text NOT NULL DEFAULT 'status';
ALTER TABLE submission_events ADD COLUMN internal boolean NOT NULL DEFAULT false;
ALTER TABLE submission_events ADD COLUMN by_name text;
ALTER TABLE submission_events ADD COLUMN detail jsonb;
UPDATE submission_events e SET kind = 'received'
  WHERE e.status = 'received'
    AND e.id = (SELECT min(f.id) FROM submission_events f WHERE f.submission_id = e.submission_id);

-- One row per event sent to an institution's webhook (at most one per submission and event), with its
-- attempts; the payload is stored as sent so a retry signs the same bytes with a new timestamp.
CREATE TABLE webhook_deliveries (
  id text PRIMARY KEY,
  institution_id text NOT NULL,
  event text NOT NULL,
  submission_id bigint NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
  reference text NOT NULL,
  payload text NOT NULL,
  state text NOT NULL DEFAULT 'pending',
  attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  last_attempt_at timestamptz,
  next_attempt_at timestamptz,
  last_status integer,
  last_error text
);
CREATE UNIQUE INDEX webhook_deliveries_once ON webhook_deliveries (submission_id, event);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE state = 'pending';
CREATE INDEX webhook_deliveries_institution ON webhook_deliveries (institution_id, created_at);
