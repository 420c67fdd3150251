-- The tenant's name and settings show on its public pages (see shared/…__public_content_version.sql).
CREATE TRIGGER tenant_public_content_inserted AFTER INSERT ON tenant REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version_of_tenant();
CREATE TRIGGER tenant_public_content_updated AFTER UPDATE ON tenant REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version_of_tenant();
CREATE TRIGGER tenant_public_content_deleted AFTER DELETE ON tenant REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version_of_tenant();

CREATE TRIGGER tenant_settings_public_content_inserted AFTER INSERT ON tenant_settings REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER tenant_settings_public_content_updated AFTER UPDATE ON tenant_settings REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER tenant_settings_public_content_deleted AFTER DELETE ON tenant_settings REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
