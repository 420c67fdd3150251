-- Integrationsdialog (issue 13): a number per tenant that every change of what a priorities heatmap or the priorities
-- API shows moves on, in the same transaction as the change. A view reads only this number (and the dialog) and reuses
-- the heatmap table and the JSON it made for the same number; so a view of an unchanged heatmap costs one primary-key
-- read instead of the counts with their names as arrays. A row appears with the tenant's first change.
--
-- What a heatmap shows: the counts per workshop, field and type (strategy_statement_count: every statement added,
-- merged, moved or deleted, and every workshop deleted, changes it through its own trigger), the workshops' groups and
-- dialogs, the names and order of the stakeholder groups and of the Handlungsfelder (the concept part's table: its
-- renames count too) and the concept version a dialog informs. Triggers on all of them, so no write path (of this part,
-- of the concept part, or by hand) can leave a stale heatmap.
--
-- The triggers are deferred constraint triggers: the number's row is locked only at commit, as the transaction's last
-- lock. A trigger in the middle of a transaction would lock it before the count or workshop rows that another
-- transaction (a phone sending a statement, a facilitator merging two) locks in the other order: a deadlock.
CREATE TABLE strategy_priorities_version (
  tenant_id  UUID PRIMARY KEY,
  version    BIGINT NOT NULL
);

CREATE FUNCTION strategy_priorities_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO strategy_priorities_version AS v (tenant_id, version)
  VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END, 1)
  ON CONFLICT (tenant_id) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER strategy_priorities_counts AFTER INSERT OR DELETE OR UPDATE ON strategy_statement_count
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION strategy_priorities_changed();

CREATE CONSTRAINT TRIGGER strategy_priorities_workshops
  AFTER INSERT OR DELETE OR UPDATE OF dialog_id, group_id ON strategy_workshop
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION strategy_priorities_changed();

CREATE CONSTRAINT TRIGGER strategy_priorities_groups AFTER INSERT OR DELETE OR UPDATE ON strategy_stakeholder_group
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION strategy_priorities_changed();

CREATE CONSTRAINT TRIGGER strategy_priorities_fields
  AFTER INSERT OR DELETE OR UPDATE OF name, position, concept_id ON strategy_field
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION strategy_priorities_changed();

CREATE CONSTRAINT TRIGGER strategy_priorities_dialogs AFTER UPDATE OF concept_id ON strategy_dialog
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION strategy_priorities_changed();
