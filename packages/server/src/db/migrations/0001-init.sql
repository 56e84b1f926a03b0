-- Hapur reference API: first schema. Resources are stored as the JSON documents the SDK schemas
-- validate (doc), with the columns the API filters and joins on pulled out beside them.
-- provenance: 'real' | 'example' | 'demonstration' (from the import file).

CREATE TABLE institutions (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  provenance text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE plans (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  provenance text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE progress_updates (
  id text PRIMARY KEY,
  plan_id text NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  target_id text NOT NULL,
  reported_at timestamptz NOT NULL,
  doc jsonb NOT NULL,
  provenance text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX progress_updates_target ON progress_updates (plan_id, target_id, reported_at);

CREATE TABLE services (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  provenance text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE publication_requirements (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  provenance text NOT NULL
);

CREATE TABLE publication_checks (
  id text PRIMARY KEY,
  institution_id text NOT NULL,
  requirement_id text NOT NULL,
  period text NOT NULL,
  doc jsonb NOT NULL,
  provenance text NOT NULL,
  checked_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX publication_checks_period ON publication_checks (institution_id, period);

-- Citizen submissions. No personal data here: contact details live in submission_contacts.
CREATE TABLE submissions (
  id bigserial PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  status_token_hash text NOT NULL UNIQUE,
  type text NOT NULL,
  status text NOT NULL,
  institution_id text,
  plan_id text,
  commitment_number text,
  input jsonb NOT NULL,
  submitted_at timestamptz NOT NULL,
  respond_by timestamptz,
  closed_at timestamptz,
  published_at timestamptz,
  quarantined boolean NOT NULL DEFAULT false,
  demonstration boolean NOT NULL DEFAULT false,
  client_hash text
);
CREATE INDEX submissions_institution ON submissions (institution_id, submitted_at);
CREATE INDEX submissions_published ON submissions (plan_id, commitment_number, published_at) WHERE published_at IS NOT NULL;

CREATE TABLE submission_events (
  id bigserial PRIMARY KEY,
  submission_id bigint NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
  status text NOT NULL,
  at timestamptz NOT NULL,
  note jsonb,
  institution_id text
);
CREATE INDEX submission_events_submission ON submission_events (submission_id, at);

CREATE TABLE submission_responses (
  submission_id bigint PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,
  doc jsonb NOT NULL,
  responded_at timestamptz NOT NULL
);

-- Personal data, only with consent; deleted by the retention job after the submission is closed.
CREATE TABLE submission_contacts (
  submission_id bigint PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,
  contact jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Idempotency: the key is stored hashed; the first response is sealed with a key derived from the
-- client's Idempotency-Key, so the database alone never reveals a status token.
CREATE TABLE idempotency_keys (
  key_hash text PRIMARY KEY,
  request_hash text NOT NULL,
  response_status integer,
  response_sealed text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

CREATE TABLE staff_tokens (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  institution_id text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
