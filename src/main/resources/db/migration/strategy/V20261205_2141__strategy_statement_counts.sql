-- Integrationsdialog (issue 13): the heatmap and the priorities API read the counts of a dialog's statements (not merged
-- into another) per workshop, Handlungsfeld and type from this table, kept by a trigger on every statement that is
-- added, merged, moved to another field or deleted: a few hundred rows per dialog instead of counting thousands of
-- statements on every request (the count was most of the time of both, and exact under concurrent posts and on
-- several instances, unlike a cache). field_id NULL: statements without a field yet.
CREATE TABLE strategy_statement_count (
  tenant_id    UUID NOT NULL,
  workshop_id  UUID NOT NULL,
  field_id     UUID,
  type         TEXT NOT NULL,
  n            INT NOT NULL CHECK (n >= 0),
  UNIQUE NULLS NOT DISTINCT (tenant_id, workshop_id, field_id, type),
  FOREIGN KEY (tenant_id, workshop_id) REFERENCES strategy_workshop (tenant_id, id) ON DELETE CASCADE
);

CREATE FUNCTION strategy_statement_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.merged_into IS NULL THEN
    UPDATE strategy_statement_count SET n = n - 1
    WHERE tenant_id = OLD.tenant_id AND workshop_id = OLD.workshop_id AND field_id IS NOT DISTINCT FROM OLD.field_id
      AND type = OLD.type AND n > 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.merged_into IS NULL THEN
    INSERT INTO strategy_statement_count (tenant_id, workshop_id, field_id, type, n)
    VALUES (NEW.tenant_id, NEW.workshop_id, NEW.field_id, NEW.type, 1)
    ON CONFLICT (tenant_id, workshop_id, field_id, type) DO UPDATE SET n = strategy_statement_count.n + 1;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER strategy_statement_count_change
  AFTER INSERT OR DELETE OR UPDATE OF workshop_id, field_id, type, merged_into ON strategy_statement
  FOR EACH ROW EXECUTE FUNCTION strategy_statement_count_change();

INSERT INTO strategy_statement_count (tenant_id, workshop_id, field_id, type, n)
SELECT tenant_id, workshop_id, field_id, type, count(*) FROM strategy_statement WHERE merged_into IS NULL
GROUP BY tenant_id, workshop_id, field_id, type;

DROP INDEX strategy_statement_priorities_idx;
