-- Cases and contacts of the Beratungsstelle (issue 16). The rows are pseudonymous: what is counted in the statistics
-- (kind, state, phase, topics, dates, channel, language, interpreter, duration) is plain; every text a counsellor
-- writes is encrypted per field (shared.crypto.FieldEncryption). Who may read a case follows its client
-- (responsible counsellor, deputies, break-glass; casework.CaseAccess).

-- A case of one of three kinds: a short anonymous contact (no client, counted only), a counselling case, or case
-- management with the phases intake → assessment → plan (Förderplan) → follow-up → closure. Closing sets closed_on;
-- the retention run anonymises a case a configurable time after it (client_id NULL, texts deleted, counts stay).
CREATE TABLE counselling_case (
  tenant_id       UUID NOT NULL,
  id              UUID NOT NULL,
  client_id       UUID,
  kind            TEXT NOT NULL CHECK (kind IN ('SHORT_CONTACT', 'COUNSELLING', 'CASE_MANAGEMENT')),
  status          TEXT NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
  phase           TEXT CHECK (phase IN ('INTAKE', 'ASSESSMENT', 'PLAN', 'FOLLOW_UP', 'CLOSURE')),
  topics          TEXT[] NOT NULL DEFAULT '{}',
  responsible_id  UUID NOT NULL,
  opened_on       DATE NOT NULL,
  closed_on       DATE,
  anonymised_at   TIMESTAMP WITH TIME ZONE,
  title_sealed    BYTEA,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES counselling_client (tenant_id, id) ON DELETE SET NULL (client_id),
  CHECK ((kind = 'SHORT_CONTACT') = (client_id IS NULL) OR anonymised_at IS NOT NULL),
  CHECK ((kind = 'CASE_MANAGEMENT') = (phase IS NOT NULL)),
  CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL))
);
CREATE UNIQUE INDEX counselling_case_id ON counselling_case (id);
CREATE INDEX counselling_case_client ON counselling_case (tenant_id, client_id);
CREATE INDEX counselling_case_responsible ON counselling_case (tenant_id, responsible_id, status, opened_on DESC);
CREATE INDEX counselling_case_closed ON counselling_case (tenant_id, closed_on) WHERE anonymised_at IS NULL;

-- A contact in a case: when, how long, over which channel, in which language, with which interpreter; the summary
-- encrypted. A short anonymous contact is a case with exactly one contact.
CREATE TABLE counselling_contact (
  tenant_id         UUID NOT NULL,
  id                UUID NOT NULL,
  case_id           UUID NOT NULL,
  counsellor_id     UUID NOT NULL,
  happened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  duration_minutes  INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
  channel           TEXT NOT NULL CHECK (channel IN ('IN_PERSON', 'PHONE', 'VIDEO', 'OUTREACH')),
  language          TEXT,
  interpreter       TEXT NOT NULL DEFAULT 'NONE'
                    CHECK (interpreter IN ('NONE', 'PROFESSIONAL', 'VOLUNTEER', 'FAMILY_OR_FRIEND')),
  summary_sealed    BYTEA,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES counselling_case (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX counselling_contact_case ON counselling_contact (tenant_id, case_id, happened_at DESC);
