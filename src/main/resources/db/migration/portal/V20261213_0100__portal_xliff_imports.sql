-- XLIFF 2.0 files returned by translation agencies (issue 19), kept between the upload, its preview and the office's
-- confirmation; afterwards the outcome (the pages stored, the rejected files of the XLIFF file with their reason as
-- a message key and its arguments, separated by a unit separator) until the row expires (one day; expired rows of a
-- tenant are deleted on its next upload).
CREATE TABLE portal_xliff_import (
  tenant_id    UUID NOT NULL,
  id           UUID NOT NULL,
  uploaded_by  UUID,
  file_name    TEXT NOT NULL,
  content      BYTEA NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  expires_at   TIMESTAMPTZ NOT NULL,
  imported_at  TIMESTAMPTZ,
  stored_pages UUID[],
  rejections   TEXT[],
  PRIMARY KEY (tenant_id, id)
);

CREATE INDEX portal_xliff_import_expiry ON portal_xliff_import (tenant_id, expires_at);
