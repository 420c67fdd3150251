-- A refused (strict) import is rolled back, but its row and report used to count the cells it would have stored.
UPDATE statistics_import
SET stored = 0, updated = 0,
    report = CASE WHEN report IS NULL THEN NULL ELSE report || jsonb_build_object(
      'observationsStored', 0, 'observationsUpdated', 0,
      'series', COALESCE((SELECT jsonb_agg(s || '{"observations": 0}'::jsonb ORDER BY n)
                          FROM jsonb_array_elements(report -> 'series') WITH ORDINALITY AS e(s, n)), '[]'::jsonb)) END
WHERE status = 'REFUSED';
