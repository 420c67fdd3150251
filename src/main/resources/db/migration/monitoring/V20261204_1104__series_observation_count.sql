-- The number of cells of each series, kept by the import (stored cells added, rolled-back cells subtracted) so that the
-- series list does not count the observation table on every request (issue 11, point 16).
-- Counting the existing cells reads the whole table once: no statement timeout for this migration.
SET LOCAL statement_timeout = 0;
ALTER TABLE statistics_series ADD COLUMN observations BIGINT NOT NULL DEFAULT 0;
UPDATE statistics_series se SET observations = c.cells
  FROM (SELECT tenant_id, series_id, count(*) AS cells FROM statistics_observation GROUP BY tenant_id, series_id) c
  WHERE c.series_id = se.id AND c.tenant_id IS NOT DISTINCT FROM se.tenant_id;
