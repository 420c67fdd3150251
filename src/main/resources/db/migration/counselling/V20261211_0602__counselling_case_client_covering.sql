-- The case list (issue 16, Performance: p95 under 50 ms with 50 000 clients): the cases of a counsellor's clients are
-- found, counted and ordered by their last activity from this index alone (casework.CaseStore.page); only the page's
-- cases are then read from the table. Same key as before, so every other use of the index stays as it was.
DROP INDEX counselling_case_client;
CREATE INDEX counselling_case_client ON counselling_case (tenant_id, client_id)
  INCLUDE (id, status, kind, activity_at, updated_at);
