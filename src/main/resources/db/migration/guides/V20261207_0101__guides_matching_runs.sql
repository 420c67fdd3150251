-- Batch assignment runs of the guide network (module guides, issue 15): what a run proposed (dry run) or commissioned,
-- with the solver's figures, so that a proposal can be looked at and confirmed later.
CREATE TABLE guide_matching_run (
  tenant_id   UUID NOT NULL,
  id          UUID NOT NULL,
  dry_run     BOOLEAN NOT NULL,
  served      INT NOT NULL,
  unserved    INT NOT NULL,
  optimal     BOOLEAN NOT NULL,
  gap         DOUBLE PRECISION NOT NULL,
  took_ms     BIGINT NOT NULL,
  greedy_served INT NOT NULL,
  confirmed_at TIMESTAMP WITH TIME ZONE,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by  TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE guide_matching_run_assignment (
  tenant_id   UUID NOT NULL,
  run_id      UUID NOT NULL,
  request_id  UUID NOT NULL,
  guide_id    UUID NOT NULL,
  cost        INT NOT NULL,
  PRIMARY KEY (tenant_id, run_id, request_id),
  FOREIGN KEY (tenant_id, run_id) REFERENCES guide_matching_run (tenant_id, id) ON DELETE CASCADE
);
