-- Uploaded guide lists (CSV or XLSX) while the coordinator looks at the preview; after the import the file is
-- dropped and the counts kept until the row expires (deleted by the import's cleanup).
CREATE TABLE guide_import (
  tenant_id    UUID NOT NULL,
  id           UUID NOT NULL,
  uploaded_by  UUID NOT NULL,
  file_name    TEXT NOT NULL,
  content      BYTEA,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  imported     INT,
  rejected     INT,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX guide_import_expiry_idx ON guide_import (tenant_id, expires_at);
