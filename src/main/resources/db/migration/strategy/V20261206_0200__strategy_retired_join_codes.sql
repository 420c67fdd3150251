-- Join codes of deleted workshops (issue 13, deleting dialogs and workshops): a deleted workshop's code stays dead,
-- so that /w/{code} answers 410 (capture over) instead of 404, and no new workshop draws it again. Unique over all
-- tenants like strategy_workshop.join_code (the join URL names no tenant). The workshop's title is kept for the page.
CREATE TABLE strategy_retired_join_code (
  code            TEXT PRIMARY KEY,
  tenant_id       UUID NOT NULL,
  workshop_title  TEXT NOT NULL,
  retired_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX strategy_retired_join_code_tenant_idx ON strategy_retired_join_code (tenant_id, retired_at);
