-- A re-import saves the previous content of the cells it overwrites itself, in the one statement of its merge
-- (StatisticsImporter.merge): the row trigger cost a PL/pgSQL call per cell, a third of a re-import (issue 11,
-- bench/README.md). A rollback's restore is no longer saved either (it was excluded by a setting before).
DROP TRIGGER statistics_observation_save_previous ON statistics_observation;
DROP FUNCTION statistics_observation_save_previous();
-- Half of each page stays free for the new versions of its cells: a re-import updates them in place (HOT), without
-- a new entry in the unique index, and writes a third of the WAL. Costs disk space (the table about twice as large)
-- and a little of the first import. Pages written before keep their packing until rewritten (VACUUM FULL).
ALTER TABLE statistics_observation SET (fillfactor = 50);
