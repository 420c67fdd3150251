-- Consent texts: the exact wording a person agreed to, per tenant, purpose, version and language.
CREATE TABLE consent_text (
  tenant_id   UUID NOT NULL,
  purpose     TEXT NOT NULL CHECK (purpose ~ '^[a-z][a-z0-9_.-]{0,59}$'),
  version     INT NOT NULL CHECK (version > 0),
  language    TEXT NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
  title       TEXT NOT NULL,
  body        TEXT NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, purpose, version, language)
);

-- Consents given by data subjects of any module (referenced by subject type + id, never by a foreign key).
-- subject_id becomes NULL once the record is anonymised (retention rule privacy.consent.withdrawn, or erasure).
CREATE TABLE consent_record (
  id               UUID PRIMARY KEY,
  tenant_id        UUID NOT NULL,
  subject_type     TEXT NOT NULL,
  subject_id       TEXT,
  purpose          TEXT NOT NULL,
  text_version     INT NOT NULL,
  language         TEXT NOT NULL,
  given_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  given_how        TEXT NOT NULL CHECK (given_how IN ('WRITTEN', 'ORAL', 'ELECTRONIC')),
  recorded_by      UUID,
  recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  withdrawn_at     TIMESTAMP WITH TIME ZONE,
  withdrawal_note  TEXT,
  withdrawn_by     UUID,
  anonymised_at    TIMESTAMP WITH TIME ZONE,
  FOREIGN KEY (tenant_id, purpose, text_version, language) REFERENCES consent_text (tenant_id, purpose, version, language),
  CHECK (withdrawn_at IS NULL OR withdrawn_at >= given_at),
  CHECK (subject_id IS NOT NULL OR anonymised_at IS NOT NULL)
);
CREATE INDEX consent_record_subject_idx ON consent_record (tenant_id, subject_type, subject_id, purpose);
CREATE INDEX consent_record_text_idx ON consent_record (tenant_id, purpose, text_version, language);
CREATE INDEX consent_record_withdrawn_idx ON consent_record (tenant_id, withdrawn_at) WHERE withdrawn_at IS NOT NULL;
