-- Integrationsdialog (issue 13): the priorities of a dialog count its statements that are not merged into another
-- per workshop, Handlungsfeld and type; this index holds exactly those columns, so the count reads only the index.
CREATE INDEX strategy_statement_priorities_idx ON strategy_statement (tenant_id, workshop_id, field_id, type)
  WHERE merged_into IS NULL;
