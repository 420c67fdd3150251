-- The read API shows an organisation's public contact persons (issue 11: its anonymous answers are kept like the
-- public pages, see shared/…__public_content_version.sql): a change of a contact raises the tenant's counter too.
CREATE TRIGGER network_contact_public_content_inserted AFTER INSERT ON network_contact REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER network_contact_public_content_updated AFTER UPDATE ON network_contact REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER network_contact_public_content_deleted AFTER DELETE ON network_contact REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
