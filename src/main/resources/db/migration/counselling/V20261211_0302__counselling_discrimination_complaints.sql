-- Discrimination complaints of the Beratungsstelle (Antidiskriminierungsberatung), walled off: only counsellors holding
-- the permission DISCRIMINATION_COMPLAINTS (user_permission) read them. The codes follow the minimum documentation
-- standards of anti-discrimination counselling (advd): area of life, protected characteristics (AGG grounds and
-- others), forms, level, interventions, outcome; they are plain (they are counted). The description and a
-- reporter's contact for a reply are encrypted per field (shared.crypto.FieldEncryption). A complaint is linked to a
-- counselling case (and so to its client) or anonymous; it follows the case's anonymisation
-- (counselling.discrimination.ComplaintRetention, a retention.CaseRetentionHook).
CREATE TABLE counselling_discrimination_complaint (
  tenant_id             UUID NOT NULL,
  id                    UUID NOT NULL,
  source                TEXT NOT NULL CHECK (source IN ('COUNSELLING', 'ONLINE')),
  reported_language     TEXT,
  incident_on           DATE,
  area                  TEXT NOT NULL,
  characteristics       TEXT[] NOT NULL DEFAULT '{}',
  forms                 TEXT[] NOT NULL DEFAULT '{}',
  level                 TEXT,
  interventions         TEXT[] NOT NULL DEFAULT '{}',
  outcome               TEXT NOT NULL DEFAULT 'OPEN',
  description_sealed    BYTEA,
  reply_contact_sealed  BYTEA,
  reply_consent_at      TIMESTAMP WITH TIME ZONE,
  case_id               UUID,
  created_by            UUID,
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  reviewed_at           TIMESTAMP WITH TIME ZONE,
  reviewed_by           UUID,
  anonymised_at         TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES counselling_case (tenant_id, id),
  -- a report made online is reviewed by a counsellor; one entered by a counsellor is reviewed as it is entered
  CHECK (source = 'ONLINE' OR reviewed_at IS NOT NULL),
  CHECK (reply_contact_sealed IS NULL OR reply_consent_at IS NOT NULL)
);
CREATE INDEX counselling_discrimination_complaint_created_idx
  ON counselling_discrimination_complaint (tenant_id, created_at DESC, id);
CREATE INDEX counselling_discrimination_complaint_case_idx
  ON counselling_discrimination_complaint (tenant_id, case_id) WHERE case_id IS NOT NULL;
CREATE INDEX counselling_discrimination_complaint_unreviewed_idx
  ON counselling_discrimination_complaint (tenant_id) WHERE reviewed_at IS NULL;

-- Expert consultations (interkulturelle Fachberatung) for regular services: which service asked (an organisation of
-- the network by id, its name kept as it was, or a service named in free text), when, the question, the answer, the
-- time spent and the topics. They hold no client's personal data (the form says so), so the texts are plain.
CREATE TABLE counselling_expert_consultation (
  tenant_id         UUID NOT NULL,
  id                UUID NOT NULL,
  organisation_id   UUID,
  service_name      TEXT NOT NULL,
  consulted_on      DATE NOT NULL,
  question          TEXT NOT NULL,
  answer            TEXT,
  minutes           INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
  topics            TEXT[] NOT NULL DEFAULT '{}',
  counsellor_id     UUID NOT NULL,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX counselling_expert_consultation_day_idx
  ON counselling_expert_consultation (tenant_id, consulted_on DESC, id);
