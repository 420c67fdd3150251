-- The public portal (Wegweiser, issue 19): a page tree per tenant and each page's versions per language.
-- A page's address below /p/{slug}/{language}/ is its path (the segments of its ancestors and its own, joined with
-- "/"), kept with the page so that a request finds its page with one lookup; moving or renaming a page rewrites the
-- paths of its subtree in the same transaction. "revision" counts the changes of the German source text (title,
-- summary, body); a translation records the revision it was translated from (source_revision).
CREATE TABLE portal_page (
  tenant_id    UUID NOT NULL,
  id           UUID NOT NULL,
  parent_id    UUID,
  segment      TEXT NOT NULL CHECK (segment ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(segment) <= 80),
  path         TEXT NOT NULL,
  position     INTEGER NOT NULL DEFAULT 0,
  topic        TEXT,
  revision     INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  modified_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, path),
  FOREIGN KEY (tenant_id, parent_id) REFERENCES portal_page (tenant_id, id)
);

CREATE INDEX portal_page_children ON portal_page (tenant_id, parent_id, position);

-- A page in one language: the German source (language 'de', source_revision = the page's revision) or a
-- translation. state is what the office set (CURRENT, IN_TRANSLATION, MACHINE_TRANSLATED); the status shown is
-- derived: OUTDATED when the German source changed after source_revision, MISSING when there is no row.
-- body is HTML cleaned against the portal's allow-list on save (portal.page.PageHtml).
CREATE TABLE portal_version (
  tenant_id        UUID NOT NULL,
  page_id          UUID NOT NULL,
  language         TEXT NOT NULL,
  title            TEXT NOT NULL,
  summary          TEXT,
  body             TEXT NOT NULL,
  source_revision  INTEGER NOT NULL,
  state            TEXT NOT NULL CHECK (state IN ('CURRENT', 'IN_TRANSLATION', 'MACHINE_TRANSLATED')),
  modified_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, page_id, language),
  FOREIGN KEY (tenant_id, page_id) REFERENCES portal_page (tenant_id, id) ON DELETE CASCADE
);

CREATE INDEX portal_version_by_language ON portal_version (tenant_id, language, modified_at);

-- The pages show on the tenant's public site (see shared/…__public_content_version.sql): every change makes the
-- kept pages and API answers stale at once.
CREATE TRIGGER portal_page_public_content_inserted AFTER INSERT ON portal_page REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER portal_page_public_content_updated AFTER UPDATE ON portal_page REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER portal_page_public_content_deleted AFTER DELETE ON portal_page REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER portal_version_public_content_inserted AFTER INSERT ON portal_version REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER portal_version_public_content_updated AFTER UPDATE ON portal_version REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
CREATE TRIGGER portal_version_public_content_deleted AFTER DELETE ON portal_version REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION raise_public_content_version();
