-- Official statistics imported from files (monitoring module, issue 3).
-- tenant_id NULL marks shared reference data (the shipped Integrationsmonitoring Niedersachsen), visible to every
-- tenant and read-only for them; otherwise the row belongs to the tenant that uploaded it. tenant_id leads every index.

-- One import attempt: who, when, which file, what happened. Also the progress row of an import running in the background.
CREATE TABLE statistics_import (
  id              UUID PRIMARY KEY,
  tenant_id       UUID,
  user_id         UUID,
  username        TEXT NOT NULL,
  started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at     TIMESTAMP WITH TIME ZONE,
  file_name       TEXT NOT NULL,
  size_bytes      BIGINT,
  checksum        CHAR(64),
  format          TEXT,
  dry_run         BOOLEAN NOT NULL,
  strict          BOOLEAN NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'DRY_RUN', 'REFUSED', 'FAILED', 'ROLLED_BACK')),
  rows_done       BIGINT NOT NULL DEFAULT 0,
  bytes_done      BIGINT NOT NULL DEFAULT 0,
  rows_read       BIGINT,
  stored          BIGINT,
  updated         BIGINT,
  rejected        BIGINT,
  report          JSONB,
  error_kind      TEXT,
  error           TEXT,
  rolled_back_at  TIMESTAMP WITH TIME ZONE,
  rolled_back_by  TEXT
);
CREATE INDEX statistics_import_tenant_idx ON statistics_import (tenant_id, started_at DESC);
CREATE INDEX statistics_import_checksum_idx ON statistics_import (tenant_id, checksum, status);

-- A series: what one kind of figure is, where it comes from, under which attribution.
CREATE TABLE statistics_series (
  id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id         UUID,
  code              TEXT NOT NULL,
  label             TEXT NOT NULL,
  unit              TEXT,
  source            TEXT NOT NULL,
  attribution       TEXT NOT NULL,
  format            TEXT NOT NULL,
  dimension_names   JSONB NOT NULL,
  created_by_import UUID NOT NULL,
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT statistics_series_code_key UNIQUE NULLS NOT DISTINCT (tenant_id, code)
);

-- One cell. The cell key (series, region, period, dimensions) is unique: re-importing updates. A value the source does
-- not give is NULL with its symbol, never 0. No foreign keys: the import writes in bulk and keeps them consistent.
CREATE TABLE statistics_observation (
  tenant_id      UUID,
  series_id      BIGINT NOT NULL,
  region_key     TEXT NOT NULL,
  period         TEXT NOT NULL,
  period_kind    TEXT NOT NULL,
  dimension_key  TEXT NOT NULL,
  dimensions     JSONB NOT NULL,
  value          NUMERIC,
  symbol         TEXT,
  quality        CHAR(1),
  note           TEXT,
  import_id      UUID NOT NULL,
  line           BIGINT NOT NULL,
  CONSTRAINT statistics_observation_cell_key
    UNIQUE NULLS NOT DISTINCT (tenant_id, series_id, region_key, period, dimension_key),
  CONSTRAINT statistics_observation_value_or_symbol CHECK (value IS NOT NULL OR symbol IS NOT NULL)
);

-- What an import overwrote: the previous content of every cell it updated, so that a rollback restores it.
CREATE TABLE statistics_observation_previous (
  tenant_id          UUID,
  import_id          UUID NOT NULL,
  series_id          BIGINT NOT NULL,
  region_key         TEXT NOT NULL,
  period             TEXT NOT NULL,
  dimension_key      TEXT NOT NULL,
  value              NUMERIC,
  symbol             TEXT,
  quality            CHAR(1),
  note               TEXT,
  line               BIGINT NOT NULL,
  previous_import_id UUID NOT NULL
);
CREATE INDEX statistics_observation_previous_import_idx ON statistics_observation_previous (tenant_id, import_id);
CREATE INDEX statistics_observation_previous_overwritten_idx
  ON statistics_observation_previous (tenant_id, previous_import_id);

-- Which series an import wrote to, and how much: the report's series list and a series' import history.
CREATE TABLE statistics_import_series (
  tenant_id     UUID,
  import_id     UUID NOT NULL REFERENCES statistics_import (id),
  series_id     BIGINT NOT NULL REFERENCES statistics_series (id) ON DELETE CASCADE,
  observations  BIGINT NOT NULL,
  stored        BIGINT NOT NULL,
  updated       BIGINT NOT NULL,
  PRIMARY KEY (import_id, series_id)
);
CREATE INDEX statistics_import_series_series_idx ON statistics_import_series (tenant_id, series_id);

-- A tenant's own statistical areas (e.g. the Stadtteile of a kreisfreie Stadt): region keys its files may use.
CREATE TABLE statistics_area (
  tenant_id   UUID NOT NULL,
  key         TEXT NOT NULL,
  name        TEXT NOT NULL,
  parent_key  TEXT NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, key)
);
