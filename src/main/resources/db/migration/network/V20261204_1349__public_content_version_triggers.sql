-- Organisations (their names), offers and events show on the tenant's public start page (see
-- shared/…__public_content_version.sql).
CREATE TRIGGER network_organisation_public_content_inserted AFTER INSERT ON network_organisation REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER network_organisation_public_content_updated AFTER UPDATE ON network_organisation REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER network_organisation_public_content_deleted AFTER DELETE ON network_organisation REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER network_offer_public_content_inserted AFTER INSERT ON network_offer REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER network_offer_public_content_updated AFTER UPDATE ON network_offer REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER network_offer_public_content_deleted AFTER DELETE ON network_offer REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER network_event_public_content_inserted AFTER INSERT ON network_event REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER network_event_public_content_updated AFTER UPDATE ON network_event REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER network_event_public_content_deleted AFTER DELETE ON network_event REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
