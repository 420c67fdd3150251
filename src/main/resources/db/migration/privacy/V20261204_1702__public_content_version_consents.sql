-- A contact person is shown publicly only while their consent is valid (issue 11: the read API's anonymous answers
-- are kept like the public pages, see shared/…__public_content_version.sql): a consent recorded, withdrawn,
-- anonymised or erased raises the tenant's counter. Consents of other subjects raise it too (rare; the answers are
-- then made again once).
CREATE TRIGGER consent_record_public_content_inserted AFTER INSERT ON consent_record REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER consent_record_public_content_updated AFTER UPDATE ON consent_record REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER consent_record_public_content_deleted AFTER DELETE ON consent_record REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
