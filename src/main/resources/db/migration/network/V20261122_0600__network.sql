-- Akteursnetzwerk: organisations, their contact persons, offers, events and the moderation queue of partner edits.
-- Trigram search (pg_trgm) and GIN indexes that lead with tenant_id (btree_gin); both are trusted extensions.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- Live (approved) organisations. search_text and normalised_name are derived on write.
CREATE TABLE network_organisation (
  tenant_id                  UUID NOT NULL,
  id                         UUID NOT NULL,
  kind                       TEXT NOT NULL,
  name                       TEXT NOT NULL,
  normalised_name            TEXT NOT NULL,
  street                     TEXT,
  postcode                   TEXT,
  city                       TEXT,
  latitude                   NUMERIC(9, 6),
  longitude                  NUMERIC(9, 6),
  regions                    TEXT[] NOT NULL DEFAULT '{}',
  languages                  TEXT[] NOT NULL DEFAULT '{}',
  target_groups              TEXT[] NOT NULL DEFAULT '{}',
  fields_of_work             TEXT[] NOT NULL DEFAULT '{}',
  tags                       TEXT[] NOT NULL DEFAULT '{}',
  website                    TEXT,
  email                      TEXT,
  phone                      TEXT,
  opening_hours              TEXT,
  description                TEXT,
  search_text                TEXT NOT NULL,
  created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
  confirmed_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  confirmation_requested_at  TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (tenant_id, id),
  CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX network_organisation_name_idx ON network_organisation (tenant_id, lower(name), id);
CREATE INDEX network_organisation_normalised_idx ON network_organisation USING gin (tenant_id, normalised_name gin_trgm_ops);
CREATE INDEX network_organisation_search_idx ON network_organisation USING gin (tenant_id, search_text gin_trgm_ops);
CREATE INDEX network_organisation_arrays_idx ON network_organisation USING gin (tenant_id, languages, regions, fields_of_work);
CREATE INDEX network_organisation_confirmed_idx ON network_organisation (tenant_id, confirmed_at);

-- Contact persons: personal data, each with a consent record (purpose network.contact) in the privacy module.
CREATE TABLE network_contact (
  tenant_id        UUID NOT NULL,
  id               UUID NOT NULL,
  organisation_id  UUID NOT NULL,
  name             TEXT NOT NULL,
  function         TEXT,
  email            TEXT,
  phone            TEXT,
  public_contact   BOOLEAN NOT NULL DEFAULT FALSE,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, organisation_id) REFERENCES network_organisation (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX network_contact_organisation_idx ON network_contact (tenant_id, organisation_id);

-- Offers (Angebote) of an organisation.
CREATE TABLE network_offer (
  tenant_id        UUID NOT NULL,
  id               UUID NOT NULL,
  organisation_id  UUID NOT NULL,
  kind             TEXT NOT NULL,
  title            TEXT NOT NULL,
  description      TEXT,
  languages        TEXT[] NOT NULL DEFAULT '{}',
  target_groups    TEXT[] NOT NULL DEFAULT '{}',
  place            TEXT,
  region_key       TEXT,
  schedule         TEXT,
  cost             TEXT,
  registration     TEXT,
  accessibility    TEXT,
  search_text      TEXT NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, organisation_id) REFERENCES network_organisation (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX network_offer_organisation_idx ON network_offer (tenant_id, organisation_id);
CREATE INDEX network_offer_search_idx ON network_offer USING gin (tenant_id, search_text gin_trgm_ops);
CREATE INDEX network_offer_arrays_idx ON network_offer USING gin (tenant_id, languages);
CREATE INDEX network_offer_kind_idx ON network_offer (tenant_id, kind, region_key);
CREATE INDEX network_offer_title_idx ON network_offer (tenant_id, lower(title), id);

-- Events (Veranstaltungen) of the office (organisation_id NULL) or of an organisation; a simple recurrence.
CREATE TABLE network_event (
  tenant_id            UUID NOT NULL,
  id                   UUID NOT NULL,
  organisation_id      UUID,
  category             TEXT NOT NULL,
  title                TEXT NOT NULL,
  description          TEXT,
  starts_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at              TIMESTAMP WITH TIME ZONE,
  recurrence           TEXT NOT NULL DEFAULT 'NONE' CHECK (recurrence IN ('NONE', 'DAILY', 'WEEKLY', 'MONTHLY')),
  recurrence_interval  INT NOT NULL DEFAULT 1 CHECK (recurrence_interval BETWEEN 1 AND 52),
  recurrence_until     DATE,
  place                TEXT,
  region_key           TEXT,
  languages            TEXT[] NOT NULL DEFAULT '{}',
  target_groups        TEXT[] NOT NULL DEFAULT '{}',
  registration         TEXT,
  accessibility        TEXT,
  public_event         BOOLEAN NOT NULL DEFAULT TRUE,
  search_text          TEXT NOT NULL,
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, organisation_id) REFERENCES network_organisation (tenant_id, id) ON DELETE CASCADE,
  CHECK (ends_at IS NULL OR ends_at >= starts_at),
  CHECK (recurrence = 'NONE' OR recurrence_until IS NOT NULL)
);
CREATE INDEX network_event_time_idx ON network_event (tenant_id, starts_at);
CREATE INDEX network_event_organisation_idx ON network_event (tenant_id, organisation_id);
CREATE INDEX network_event_search_idx ON network_event USING gin (tenant_id, search_text gin_trgm_ops);

-- Changes submitted by PARTNER users: invisible until the office approves them. proposed holds the form values.
CREATE TABLE network_change (
  tenant_id          UUID NOT NULL,
  id                 UUID NOT NULL,
  entity_type        TEXT NOT NULL CHECK (entity_type IN ('ORGANISATION', 'OFFER', 'EVENT')),
  entity_id          UUID NOT NULL,
  organisation_id    UUID NOT NULL,
  action             TEXT NOT NULL CHECK (action IN ('CREATE', 'UPDATE')),
  proposed           JSONB NOT NULL,
  status             TEXT NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'SUPERSEDED')),
  submitted_by       UUID NOT NULL,
  submitted_by_name  TEXT NOT NULL,
  submitted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  decided_by         UUID,
  decided_by_name    TEXT,
  decided_at         TIMESTAMP WITH TIME ZONE,
  reason             TEXT,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX network_change_status_idx ON network_change (tenant_id, status, submitted_at);
CREATE INDEX network_change_entity_idx ON network_change (tenant_id, entity_id, status);
CREATE INDEX network_change_organisation_idx ON network_change (tenant_id, organisation_id, submitted_at);
