-- Appointments of the Beratungsstelle (issue 16, part calendar): a counsellor meets a client, optionally within one
-- of the client's cases. Plain: who (counsellor, client, case ids), when, the kind of place, the interpreter state
-- and language (as in counselling_contact, counted in statistics) and the state. Encrypted per field
-- (shared.crypto.FieldEncryption): the place's details (room, an outreach address, a video link) and the note.
-- Who may read an appointment follows its client (calendar.Appointments): the counsellor it belongs to, and whoever
-- reads the client (deputy, break-glass) for the responsible counsellor's appointments with that client.
CREATE TABLE counselling_appointment (
  tenant_id             UUID NOT NULL,
  id                    UUID NOT NULL,
  counsellor_id         UUID NOT NULL,
  client_id             UUID NOT NULL,
  case_id               UUID,
  starts_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  place                 TEXT NOT NULL CHECK (place IN ('OFFICE', 'OUTREACH', 'PHONE', 'VIDEO')),
  place_detail_sealed   BYTEA,
  note_sealed           BYTEA,
  interpreter           TEXT NOT NULL DEFAULT 'NONE' CHECK (interpreter IN ('NONE', 'NEEDED', 'BOOKED')),
  interpreter_language  TEXT,
  status                TEXT NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'HELD', 'NO_SHOW', 'CANCELLED')),
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES counselling_client (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, case_id) REFERENCES counselling_case (tenant_id, id) ON DELETE SET NULL (case_id),
  CHECK (ends_at > starts_at),
  CHECK (interpreter = 'NONE' OR interpreter_language IS NOT NULL)
);
CREATE UNIQUE INDEX counselling_appointment_id ON counselling_appointment (id);
CREATE INDEX counselling_appointment_counsellor ON counselling_appointment (tenant_id, counsellor_id, starts_at);
CREATE INDEX counselling_appointment_client ON counselling_appointment (tenant_id, client_id, starts_at);
CREATE INDEX counselling_appointment_case ON counselling_appointment (tenant_id, case_id) WHERE case_id IS NOT NULL;

-- The reminders of next day's appointments queued per counsellor and day (at most one each, even when the job runs
-- twice); the mail itself says only how many appointments there are.
CREATE TABLE counselling_appointment_reminder (
  tenant_id     UUID NOT NULL,
  user_id       UUID NOT NULL,
  day           DATE NOT NULL,
  appointments  INTEGER NOT NULL,
  queued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, user_id, day)
);
