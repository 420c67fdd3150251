-- The council's public pages and calendar feed (council.publicsite) are kept in the public content cache: every change
-- of what they show raises the tenant's public_content_version (function in shared/…__public_content_version.sql),
-- whoever made it, so a change shows at once on every instance. Statement-level, one upsert per statement and tenant.
CREATE TRIGGER council_committee_public_content_inserted AFTER INSERT ON council_committee REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_committee_public_content_updated AFTER UPDATE ON council_committee REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_committee_public_content_deleted AFTER DELETE ON council_committee REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_person_public_content_inserted AFTER INSERT ON council_person REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_person_public_content_updated AFTER UPDATE ON council_person REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_person_public_content_deleted AFTER DELETE ON council_person REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_membership_public_content_inserted AFTER INSERT ON council_membership REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_membership_public_content_updated AFTER UPDATE ON council_membership REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_membership_public_content_deleted AFTER DELETE ON council_membership REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_location_public_content_inserted AFTER INSERT ON council_location REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_location_public_content_updated AFTER UPDATE ON council_location REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_location_public_content_deleted AFTER DELETE ON council_location REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_meeting_public_content_inserted AFTER INSERT ON council_meeting REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_meeting_public_content_updated AFTER UPDATE ON council_meeting REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_meeting_public_content_deleted AFTER DELETE ON council_meeting REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_agenda_item_public_content_inserted AFTER INSERT ON council_agenda_item REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_agenda_item_public_content_updated AFTER UPDATE ON council_agenda_item REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_agenda_item_public_content_deleted AFTER DELETE ON council_agenda_item REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_paper_public_content_inserted AFTER INSERT ON council_paper REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_paper_public_content_updated AFTER UPDATE ON council_paper REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_paper_public_content_deleted AFTER DELETE ON council_paper REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_consultation_public_content_inserted AFTER INSERT ON council_consultation REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_consultation_public_content_updated AFTER UPDATE ON council_consultation REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_consultation_public_content_deleted AFTER DELETE ON council_consultation REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_file_public_content_inserted AFTER INSERT ON council_file REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_file_public_content_updated AFTER UPDATE ON council_file REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_file_public_content_deleted AFTER DELETE ON council_file REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_term_public_content_inserted AFTER INSERT ON council_term REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_term_public_content_updated AFTER UPDATE ON council_term REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER council_term_public_content_deleted AFTER DELETE ON council_term REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
