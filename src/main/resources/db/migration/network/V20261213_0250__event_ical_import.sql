-- iCal import of the office's events (docs/network.md, "iCal import"): an uploaded .ics file until the office takes
-- its events over (then its content is dropped), what came of it, the events it left out with the reason, and on every
-- imported event where it came from (the import and the event's UID in the file, unique per tenant: a second import of
-- the same UID updates the event instead of adding it again).
CREATE TABLE network_event_import (
  tenant_id        UUID NOT NULL,
  id               UUID NOT NULL,
  uploaded_by      UUID NOT NULL,
  uploaded_by_name TEXT NOT NULL,
  file_name        TEXT NOT NULL,
  content          BYTEA,
  status           TEXT NOT NULL CHECK (status IN ('UPLOADED', 'IMPORTED')),
  category         TEXT,
  created_count    INT,
  updated_count    INT,
  rejected_count   INT,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  imported_at      TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE network_event_import_rejection (
  tenant_id   UUID NOT NULL,
  import_id   UUID NOT NULL,
  position    INT NOT NULL,
  line        INT,
  title       TEXT,
  reason_key  TEXT NOT NULL,
  detail      TEXT,
  PRIMARY KEY (tenant_id, import_id, position),
  FOREIGN KEY (tenant_id, import_id) REFERENCES network_event_import (tenant_id, id) ON DELETE CASCADE
);

ALTER TABLE network_event ADD COLUMN import_id UUID, ADD COLUMN import_uid TEXT;
ALTER TABLE network_event ADD FOREIGN KEY (tenant_id, import_id) REFERENCES network_event_import (tenant_id, id);
CREATE UNIQUE INDEX network_event_import_uid_idx ON network_event (tenant_id, import_uid) WHERE import_uid IS NOT NULL;
