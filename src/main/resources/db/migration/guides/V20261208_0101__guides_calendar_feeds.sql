-- A guide's secret calendar address (iCal feed of its assignments): only the SHA-256 of the 256-bit random token is
-- kept. One address per guide at most: a new address replaces the old one, revoking deletes the row.
CREATE TABLE guide_calendar_feed (
  tenant_id   UUID NOT NULL,
  guide_id    UUID NOT NULL,
  token_hash  TEXT NOT NULL UNIQUE,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by  TEXT NOT NULL,
  PRIMARY KEY (tenant_id, guide_id),
  FOREIGN KEY (tenant_id, guide_id) REFERENCES guide_profile (tenant_id, id) ON DELETE CASCADE
);
