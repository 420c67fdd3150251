-- Clients of the Beratungsstelle (issue 16). Only what identifies nobody is stored in plain: the tenant, the row,
-- the pseudonymous client number (random, derived from nothing about the person), the responsible counsellor and the
-- times. Every other value is encrypted per field (shared.crypto.FieldEncryption, AES-256-GCM, associated data
-- table|column|tenant|row): names, contact data, birth year, gender, nationality, languages, residence-status group,
-- year of arrival, Gemeinde, German level and the note.
CREATE TABLE counselling_client (
  tenant_id                UUID NOT NULL,
  id                       UUID NOT NULL,
  client_number            TEXT NOT NULL,
  responsible_id           UUID NOT NULL,
  created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  first_name_sealed        BYTEA NOT NULL,
  last_name_sealed         BYTEA NOT NULL,
  phone_sealed             BYTEA,
  email_sealed             BYTEA,
  birth_year_sealed        BYTEA,
  gender_sealed            BYTEA,
  nationality_sealed       BYTEA,
  languages_sealed         BYTEA,
  residence_status_sealed  BYTEA,
  arrival_year_sealed      BYTEA,
  gemeinde_sealed          BYTEA,
  german_level_sealed      BYTEA,
  note_sealed              BYTEA,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, client_number)
);
CREATE UNIQUE INDEX counselling_client_id ON counselling_client (id);
CREATE INDEX counselling_client_responsible ON counselling_client (tenant_id, responsible_id);

-- The phonetic keys of each part of a client's names, only as keyed hashes (HMAC-SHA256 with the platform's
-- blind-index key, bound to table, column and tenant): a name search computes the hashes of the typed parts and looks
-- them up by equality. No plaintext, no phonetic code in plain.
CREATE TABLE counselling_client_name_key (
  tenant_id   UUID NOT NULL,
  client_id   UUID NOT NULL,
  key_hash    BYTEA NOT NULL,
  PRIMARY KEY (tenant_id, key_hash, client_id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES counselling_client (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX counselling_client_name_key_client ON counselling_client_name_key (tenant_id, client_id);

-- Deputies: other counsellors of the team who read and edit a client beside the responsible counsellor.
CREATE TABLE counselling_client_deputy (
  tenant_id   UUID NOT NULL,
  client_id   UUID NOT NULL,
  user_id     UUID NOT NULL,
  added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  added_by    UUID NOT NULL,
  PRIMARY KEY (tenant_id, client_id, user_id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES counselling_client (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX counselling_client_deputy_user ON counselling_client_deputy (tenant_id, user_id);

-- Break-glass access: another counsellor of the team opened a client with a reason (encrypted: it may name the
-- person's situation), for a limited time; flagged for the PRIVACY_OFFICER's review.
CREATE TABLE counselling_break_glass (
  tenant_id      UUID NOT NULL,
  id             UUID NOT NULL,
  client_id      UUID NOT NULL,
  user_id        UUID NOT NULL,
  reason_sealed  BYTEA NOT NULL,
  granted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  reviewed_at    TIMESTAMP WITH TIME ZONE,
  reviewed_by    UUID,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES counselling_client (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX counselling_break_glass_access ON counselling_break_glass (tenant_id, client_id, user_id, expires_at);
CREATE INDEX counselling_break_glass_review ON counselling_break_glass (tenant_id, reviewed_at, granted_at);
