-- Contacts, notes and tasks of a case (issue 16, casework.contact). What is counted stays plain (dates, durations,
-- channel, language, interpreter, due dates, done); every text a counsellor writes is encrypted per field
-- (shared.crypto.FieldEncryption, registered as EncryptedColumn beans in casework.contact.ContactColumns).

-- A contact can be changed by the counsellor who entered it: when it was last changed.
ALTER TABLE counselling_contact ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;

-- A note in a case file: append-only (the application has no way to change or delete one); a correction is a new
-- note that names the note it corrects (of the same case). The text is encrypted.
CREATE TABLE counselling_case_note (
  tenant_id    UUID NOT NULL,
  id           UUID NOT NULL,
  case_id      UUID NOT NULL,
  author_id    UUID NOT NULL,
  written_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  corrects_id  UUID,
  text_sealed  BYTEA,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES counselling_case (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, corrects_id) REFERENCES counselling_case_note (tenant_id, id) ON DELETE CASCADE,
  CHECK (corrects_id IS NULL OR corrects_id <> id)
);
CREATE INDEX counselling_case_note_case ON counselling_case_note (tenant_id, case_id, written_at DESC);

-- A task or follow-up (Wiedervorlage) of a case: a title (encrypted), the day it is due, the counsellor it is
-- assigned to, done or not. A follow-up set with a contact names the contact.
CREATE TABLE counselling_task (
  tenant_id     UUID NOT NULL,
  id            UUID NOT NULL,
  case_id       UUID NOT NULL,
  contact_id    UUID,
  title_sealed  BYTEA,
  due_on        DATE NOT NULL,
  assignee_id   UUID NOT NULL,
  created_by    UUID NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  done_at       TIMESTAMP WITH TIME ZONE,
  done_by       UUID,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES counselling_case (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, contact_id) REFERENCES counselling_contact (tenant_id, id) ON DELETE SET NULL (contact_id),
  CHECK ((done_at IS NULL) = (done_by IS NULL))
);
CREATE INDEX counselling_task_case ON counselling_task (tenant_id, case_id, due_on);
CREATE INDEX counselling_task_open ON counselling_task (tenant_id, assignee_id, due_on) WHERE done_at IS NULL;
