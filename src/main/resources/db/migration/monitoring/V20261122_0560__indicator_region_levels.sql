-- Indicators (issue 4), performance: the roll-up of higher regions reads the hierarchy one level at a time (the 401
-- Kreise, the 29 Regierungsbezirke), not all 11 434 rows with the Gemeinden each time.
CREATE INDEX indicator_region_level_idx ON indicator_region (length(key)) INCLUDE (key, parent_key, siblings);
