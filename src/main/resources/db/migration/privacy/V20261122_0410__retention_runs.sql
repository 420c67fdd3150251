-- One row per application of a retention rule. tenant_id is the tenant whose PRIVACY_OFFICER started the run
-- ("run now"); NULL for the scheduled job. Rules themselves cover all tenants. Deleted after 2 years.
CREATE TABLE retention_run (
  id            BIGSERIAL PRIMARY KEY,
  tenant_id     UUID,
  rule          TEXT NOT NULL,
  started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  affected      INT,
  error         TEXT,
  triggered_by  UUID
);
CREATE INDEX retention_run_tenant_idx ON retention_run (tenant_id, started_at DESC);
