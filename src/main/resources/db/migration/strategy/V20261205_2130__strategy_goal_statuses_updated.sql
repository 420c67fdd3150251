-- Controlling (issue 13, goals): when the statuses of a tenant's goals were last recomputed because indicator values
-- changed (an import, a rollback, a new definition), so that the dashboard can say what changed since then: the
-- goals whose status_changed_at is that time.
ALTER TABLE strategy_settings ADD COLUMN statuses_updated_at TIMESTAMP WITH TIME ZONE;
