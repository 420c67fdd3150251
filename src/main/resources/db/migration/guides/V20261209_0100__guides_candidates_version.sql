-- A counter per tenant that every change of what a request's candidates depend on raises: the guides' profiles,
-- languages, availability and qualifications, the requests (the request itself, the topics, contact references and
-- days of other requests) and the assignments (live ones, experience, load). `guides.candidate.Candidates` keeps a
-- request's ranking while the counter and the day are unchanged, so a change shows at once, whoever or whatever made
-- it (pages, API, import, trainings, retention, sign-up, demo data) and on whichever instance.
CREATE TABLE guide_candidates_version (
  tenant_id  UUID PRIMARY KEY,
  version    BIGINT NOT NULL
);

-- As the owner (SECURITY DEFINER), like raise_public_content_version: statement-level triggers with the changed rows
-- as the transition table "changed". Readers see a transaction's changes only once it commits, so one raise per
-- transaction and tenant is enough: the tenants raised are noted in a transaction-local setting (undone with the
-- transaction or its savepoint), so an import or a batch of thousands of statements updates the counter's row once
-- instead of once per statement (a row updated again and again in one transaction makes each update slower).
CREATE FUNCTION raise_guide_candidates_version() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  raised TEXT := coalesce(current_setting('teilhabe.guide_candidates_raised', true), '');
  tenants TEXT;
BEGIN
  SELECT string_agg(DISTINCT tenant_id::text, ' ') INTO tenants FROM changed WHERE strpos(raised, tenant_id::text) = 0;
  IF tenants IS NULL THEN
    RETURN NULL;
  END IF;
  INSERT INTO guide_candidates_version (tenant_id, version)
  SELECT tenant::uuid, 1 FROM unnest(string_to_array(tenants, ' ')) AS tenant
  ON CONFLICT (tenant_id) DO UPDATE SET version = guide_candidates_version.version + 1;
  PERFORM set_config('teilhabe.guide_candidates_raised', raised || ' ' || tenants, true);
  RETURN NULL;
END
$$;

CREATE TRIGGER guide_profile_candidates_inserted AFTER INSERT ON guide_profile REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_guide_candidates_version();
CREATE TRIGGER guide_profile_candidates_updated AFTER UPDATE ON guide_profile REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_guide_candidates_version();
CREATE TRIGGER guide_profile_candidates_deleted AFTER DELETE ON guide_profile REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_guide_candidates_version();
CREATE TRIGGER guide_language_candidates_inserted AFTER INSERT ON guide_language REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_guide_candidates_version();
CREATE TRIGGER guide_language_candidates_updated AFTER UPDATE ON guide_language REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_guide_candidates_version();
CREATE TRIGGER guide_language_candidates_deleted AFTER DELETE ON guide_language REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_guide_candidates_version();
CREATE TRIGGER guide_availability_candidates_inserted AFTER INSERT ON guide_availability REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_guide_candidates_version();
CREATE TRIGGER guide_availability_candidates_updated AFTER UPDATE ON guide_availability REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_guide_candidates_version();
CREATE TRIGGER guide_availability_candidates_deleted AFTER DELETE ON guide_availability REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_guide_candidates_version();
CREATE TRIGGER guide_qualification_candidates_inserted AFTER INSERT ON guide_qualification REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_guide_candidates_version();
CREATE TRIGGER guide_qualification_candidates_updated AFTER UPDATE ON guide_qualification REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_guide_candidates_version();
CREATE TRIGGER guide_qualification_candidates_deleted AFTER DELETE ON guide_qualification REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_guide_candidates_version();
CREATE TRIGGER guide_request_candidates_inserted AFTER INSERT ON guide_request REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_guide_candidates_version();
CREATE TRIGGER guide_request_candidates_updated AFTER UPDATE ON guide_request REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_guide_candidates_version();
CREATE TRIGGER guide_request_candidates_deleted AFTER DELETE ON guide_request REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_guide_candidates_version();
CREATE TRIGGER guide_assignment_candidates_inserted AFTER INSERT ON guide_assignment REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_guide_candidates_version();
CREATE TRIGGER guide_assignment_candidates_updated AFTER UPDATE ON guide_assignment REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_guide_candidates_version();
CREATE TRIGGER guide_assignment_candidates_deleted AFTER DELETE ON guide_assignment REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_guide_candidates_version();
