-- A webhook delivery is once per submission, event AND institution: a submission transferred to another
-- institution is an arrival there (`submission.received` to the receiver's webhook), and its overdue event is the
-- receiver's own. Until now the first institution's delivery used up the event for the whole submission.
DROP INDEX webhook_deliveries_once;
CREATE UNIQUE INDEX webhook_deliveries_once ON webhook_deliveries (submission_id, event, institution_id);
