-- Issue 11, point 16 and re-import speed. Rewrites summaries of every series once: no statement timeout here.
SET LOCAL statement_timeout = 0;

-- What the detail of a series shows without reading its cells: per region and period the cells and how many carry a
-- value, and the values each dimension takes. Rewritten for the series an import or a rollback changed
-- (SeriesSummaries); statistics_series.observations is their sum.
CREATE TABLE statistics_series_coverage (
  tenant_id   UUID,
  series_id   BIGINT NOT NULL REFERENCES statistics_series (id) ON DELETE CASCADE,
  region_key  TEXT NOT NULL,
  period      TEXT NOT NULL,
  cells       BIGINT NOT NULL,
  with_value  BIGINT NOT NULL,
  PRIMARY KEY (series_id, region_key, period)
);
CREATE TABLE statistics_series_dimension (
  tenant_id   UUID,
  series_id   BIGINT NOT NULL REFERENCES statistics_series (id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  value       TEXT NOT NULL,
  PRIMARY KEY (series_id, name, value)
);
INSERT INTO statistics_series_coverage (tenant_id, series_id, region_key, period, cells, with_value)
  SELECT tenant_id, series_id, region_key, period, count(*), count(value)
  FROM statistics_observation GROUP BY tenant_id, series_id, region_key, period;
INSERT INTO statistics_series_dimension (tenant_id, series_id, name, value)
  SELECT DISTINCT k.tenant_id, k.series_id, d.key, d.value
  FROM (SELECT DISTINCT tenant_id, series_id, dimension_key FROM statistics_observation) k,
       jsonb_each_text(CAST(k.dimension_key AS jsonb)) d;

-- Which import overwrote cells of which: the rollback's "a later import is in force" check reads this instead of an
-- index entry per saved cell (the merge wrote two index entries per saved cell before).
CREATE TABLE statistics_import_overwritten (
  tenant_id          UUID,
  import_id          UUID NOT NULL,
  previous_import_id UUID NOT NULL,
  cells              BIGINT NOT NULL,
  PRIMARY KEY (import_id, previous_import_id)
);
CREATE INDEX statistics_import_overwritten_previous_idx ON statistics_import_overwritten (previous_import_id);
INSERT INTO statistics_import_overwritten (tenant_id, import_id, previous_import_id, cells)
  SELECT tenant_id, import_id, previous_import_id, count(*) FROM statistics_observation_previous
  GROUP BY tenant_id, import_id, previous_import_id;
DROP INDEX statistics_observation_previous_overwritten_idx;

-- The platform instance that runs an import (its database connections' application_name): an import whose instance
-- has no connection any more was killed and is marked failed (InterruptedImports), also with an external database.
ALTER TABLE statistics_import ADD COLUMN instance TEXT;

-- The content a cell had before the import that wrote it last, copied by the merge's UPDATE in the same (HOT) write, so
-- that its RETURNING hands the overwritten content to one INSERT into statistics_observation_previous: each cell is
-- looked up once (PostgreSQL 17 has no RETURNING OLD). NULL for cells never overwritten; metadata only, no rewrite.
ALTER TABLE statistics_observation
  ADD COLUMN previous_value NUMERIC,
  ADD COLUMN previous_symbol TEXT,
  ADD COLUMN previous_quality CHAR(1),
  ADD COLUMN previous_note TEXT,
  ADD COLUMN previous_line BIGINT,
  ADD COLUMN previous_import_id UUID;
