-- Issue 11, first import at least 70 % of plain COPY. The series summaries (statistics_series_coverage and
-- statistics_series_dimension) lose their foreign keys to statistics_series: a first import writes about one coverage
-- row per nine cells, and the key check, a lookup of the series per row, cost half of that insert (8 of 15 ms for
-- 1 040 rows; about 40 ms of the Niedersachsen folder's 0.7 s, bench/README.md). As for the cells themselves (no
-- foreign keys, see V20261122_0500), the import and the rollback keep them consistent: only they write summaries
-- (SeriesSummaries, CellTally), and the rollback deletes a series only when it has no cells left, after rewriting its
-- summary to nothing.
ALTER TABLE statistics_series_coverage DROP CONSTRAINT statistics_series_coverage_series_id_fkey;
ALTER TABLE statistics_series_dimension DROP CONSTRAINT statistics_series_dimension_series_id_fkey;
