-- Import of organisation lists (CSV/XLSX): the uploaded file is kept only while the office maps its columns and looks
-- at the preview (expires_at, deleted by a scheduled clean-up); after the import only the counts and the rejected
-- rows stay until the row expires.
CREATE TABLE network_import (
  tenant_id      UUID NOT NULL,
  id             UUID NOT NULL,
  uploaded_by    UUID NOT NULL,
  file_name      TEXT NOT NULL,
  format         TEXT NOT NULL CHECK (format IN ('CSV', 'XLSX')),
  content        BYTEA,
  mapping        TEXT[],
  status         TEXT NOT NULL CHECK (status IN ('UPLOADED', 'IMPORTED')),
  imported       INT,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX network_import_expiry_idx ON network_import (tenant_id, expires_at);

-- The rows an import left out, with the reason in the language of the user who imported.
CREATE TABLE network_import_rejection (
  tenant_id   UUID NOT NULL,
  import_id   UUID NOT NULL,
  position    INT NOT NULL,
  line        INT NOT NULL,
  column_name TEXT,
  reason      TEXT NOT NULL,
  PRIMARY KEY (tenant_id, import_id, position),
  FOREIGN KEY (tenant_id, import_id) REFERENCES network_import (tenant_id, id) ON DELETE CASCADE
);

-- Partners maintain their contact persons through moderation: changes of contacts, and removals.
ALTER TABLE network_change DROP CONSTRAINT network_change_entity_type_check;
ALTER TABLE network_change ADD CONSTRAINT network_change_entity_type_check
  CHECK (entity_type IN ('ORGANISATION', 'OFFER', 'EVENT', 'CONTACT'));
ALTER TABLE network_change DROP CONSTRAINT network_change_action_check;
ALTER TABLE network_change ADD CONSTRAINT network_change_action_check CHECK (action IN ('CREATE', 'UPDATE', 'DELETE'));
