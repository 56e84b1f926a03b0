-- Issue 17. Service upkeep: every staff change of a service, kept (a withdrawn service stays in `services`
-- with status withdrawn; nothing is deleted). by_name is the staff token's name, fields the top-level
-- fields that changed. Progress reports: the staff token's name beside the institution the update names.
CREATE TABLE service_changes (
  id bigserial PRIMARY KEY,
  service_id text NOT NULL,
  at timestamptz NOT NULL,
  by_name text NOT NULL,
  institution_id text NOT NULL,
  action text NOT NULL,
  fields jsonb NOT NULL,
  note jsonb
);
CREATE INDEX service_changes_service ON service_changes (service_id, at, id);

ALTER TABLE progress_updates ADD COLUMN staff_name text;
