-- Berichtswesen (module reporting, issue 14): report definitions, their runs in the background and the versions the
-- finished runs keep. Every table is tenant-owned: primary and foreign keys carry tenant_id. Regions (reference data)
-- and indicators (monitoring) are referenced by key and code, without a foreign key (another module's data).

-- A tenant's report definition: title, reporting year, the regions reported on (AGS/ARS keys, the tenant's region
-- first) and the chapters in order (a JSON array of {title, kind, text, theme, indicatorCodes}).
-- standard: the tenant's default definition (at most one, created for every tenant, listed first).
CREATE TABLE reporting_definition (
  tenant_id       UUID NOT NULL,
  id              UUID NOT NULL,
  title           TEXT NOT NULL,
  reporting_year  INT NOT NULL CHECK (reporting_year BETWEEN 1990 AND 2100),
  region_keys     TEXT[] NOT NULL,
  chapters        JSONB NOT NULL,
  standard        BOOLEAN NOT NULL DEFAULT false,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX reporting_definition_one_standard_idx ON reporting_definition (tenant_id) WHERE standard;

-- A run of a definition: QUEUED until a worker takes it, RUNNING with progress (chapters done of total), then DONE,
-- FAILED (reason in words) or CANCELLED. cancel_requested is the flag the rendering asks between chapters.
-- The definition is kept as it was when the run started (definition_snapshot), so that a later edit does not change
-- what a run makes. started_by_name: who started it, as shown beside the version. instance: the application_name of
-- the connections of the instance that runs it (a run whose instance has no connection any more died with it).
CREATE TABLE reporting_run (
  tenant_id          UUID NOT NULL,
  id                 UUID NOT NULL,
  definition_id      UUID NOT NULL,
  definition_title   TEXT NOT NULL,
  definition_snapshot JSONB NOT NULL,
  language           TEXT NOT NULL,
  status             TEXT NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
  progress_done      INT NOT NULL DEFAULT 0,
  progress_total     INT NOT NULL,
  reason             TEXT,
  cancel_requested   BOOLEAN NOT NULL DEFAULT false,
  started_by         UUID,
  started_by_name    TEXT NOT NULL,
  queued_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  started_at         TIMESTAMP WITH TIME ZONE,
  ended_at           TIMESTAMP WITH TIME ZONE,
  data_as_of         TIMESTAMP WITH TIME ZONE,
  instance           TEXT,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, definition_id) REFERENCES reporting_definition (tenant_id, id) ON DELETE CASCADE,
  CHECK (status <> 'FAILED' OR reason IS NOT NULL)
);
CREATE INDEX reporting_run_definition_idx ON reporting_run (tenant_id, definition_id, queued_at DESC);
CREATE INDEX reporting_run_open_idx ON reporting_run (status) WHERE status IN ('QUEUED', 'RUNNING');

-- The document a finished run made (a version of the report): HTML, PDF, its page count and every figure printed
-- (a JSON array of {key, label, value, kind}) for the "what changed" view.
CREATE TABLE reporting_version (
  tenant_id      UUID NOT NULL,
  run_id         UUID NOT NULL,
  html           TEXT NOT NULL,
  pdf            BYTEA,
  pages          INT NOT NULL DEFAULT 0,
  figures        JSONB NOT NULL,
  PRIMARY KEY (tenant_id, run_id),
  FOREIGN KEY (tenant_id, run_id) REFERENCES reporting_run (tenant_id, id) ON DELETE CASCADE
);
