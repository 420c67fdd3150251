-- Akteursnetzwerk, second part: integration projects, MSO support (trainings, intercultural-opening support) and
-- committees (shaped after OParl 1.1 Organization, Membership and Meeting). Every table is tenant-owned.

-- Integrationsprojekte. lead_organisation_id NULL: initiated and coordinated by the office itself.
-- concept_refs: IDs of goals and measures of the integration concept (resolved by a later module).
CREATE TABLE network_project (
  tenant_id             UUID NOT NULL,
  id                    UUID NOT NULL,
  title                 TEXT NOT NULL,
  goal                  TEXT,
  fields_of_work        TEXT[] NOT NULL DEFAULT '{}',
  lead_organisation_id  UUID,
  status                TEXT NOT NULL CHECK (status IN ('PLANNED', 'RUNNING', 'COMPLETED', 'CANCELLED')),
  start_date            DATE,
  end_date              DATE,
  budget                NUMERIC(12, 2) CHECK (budget >= 0),
  evaluation            TEXT,
  concept_refs          TEXT[] NOT NULL DEFAULT '{}',
  search_text           TEXT NOT NULL,
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, lead_organisation_id) REFERENCES network_organisation (tenant_id, id)
    ON DELETE SET NULL (lead_organisation_id),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX network_project_title_idx ON network_project (tenant_id, lower(title), id);
CREATE INDEX network_project_lead_idx ON network_project (tenant_id, lead_organisation_id);
CREATE INDEX network_project_search_idx ON network_project USING gin (tenant_id, search_text gin_trgm_ops);
CREATE INDEX network_project_fields_idx ON network_project USING gin (tenant_id, fields_of_work);

CREATE TABLE network_project_partner (
  tenant_id        UUID NOT NULL,
  project_id       UUID NOT NULL,
  organisation_id  UUID NOT NULL,
  role             TEXT,
  position         INT NOT NULL,
  PRIMARY KEY (tenant_id, project_id, organisation_id),
  FOREIGN KEY (tenant_id, project_id) REFERENCES network_project (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, organisation_id) REFERENCES network_organisation (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX network_project_partner_organisation_idx ON network_project_partner (tenant_id, organisation_id);

CREATE TABLE network_project_funding (
  tenant_id   UUID NOT NULL,
  project_id  UUID NOT NULL,
  position    INT NOT NULL,
  source      TEXT NOT NULL,
  amount      NUMERIC(12, 2) CHECK (amount >= 0),
  PRIMARY KEY (tenant_id, project_id, position),
  FOREIGN KEY (tenant_id, project_id) REFERENCES network_project (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE network_project_milestone (
  tenant_id   UUID NOT NULL,
  project_id  UUID NOT NULL,
  position    INT NOT NULL,
  due_date    DATE NOT NULL,
  title       TEXT NOT NULL,
  done        BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (tenant_id, project_id, position),
  FOREIGN KEY (tenant_id, project_id) REFERENCES network_project (tenant_id, id) ON DELETE CASCADE
);

-- Trainings and events for MSOs and parents (Bildungs- und Empowermentarbeit).
CREATE TABLE network_training (
  tenant_id          UUID NOT NULL,
  id                 UUID NOT NULL,
  title              TEXT NOT NULL,
  audience           TEXT NOT NULL CHECK (audience IN ('MSO', 'PARENTS', 'MSO_AND_PARENTS')),
  held_on            DATE NOT NULL,
  topics             TEXT[] NOT NULL DEFAULT '{}',
  participant_count  INT CHECK (participant_count BETWEEN 0 AND 100000),
  place              TEXT,
  description        TEXT,
  search_text        TEXT NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX network_training_date_idx ON network_training (tenant_id, held_on DESC, id);
CREATE INDEX network_training_search_idx ON network_training USING gin (tenant_id, search_text gin_trgm_ops);

CREATE TABLE network_training_organisation (
  tenant_id        UUID NOT NULL,
  training_id      UUID NOT NULL,
  organisation_id  UUID NOT NULL,
  PRIMARY KEY (tenant_id, training_id, organisation_id),
  FOREIGN KEY (tenant_id, training_id) REFERENCES network_training (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, organisation_id) REFERENCES network_organisation (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX network_training_organisation_idx ON network_training_organisation (tenant_id, organisation_id);

CREATE TABLE network_training_material (
  tenant_id    UUID NOT NULL,
  training_id  UUID NOT NULL,
  position     INT NOT NULL,
  title        TEXT NOT NULL,
  link         TEXT,
  PRIMARY KEY (tenant_id, training_id, position),
  FOREIGN KEY (tenant_id, training_id) REFERENCES network_training (tenant_id, id) ON DELETE CASCADE
);

-- Support of the intercultural opening of clubs and associations.
CREATE TABLE network_opening_support (
  tenant_id        UUID NOT NULL,
  id               UUID NOT NULL,
  organisation_id  UUID NOT NULL,
  what             TEXT NOT NULL,
  started_on       DATE NOT NULL,
  ended_on         DATE,
  outcome          TEXT,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, organisation_id) REFERENCES network_organisation (tenant_id, id) ON DELETE CASCADE,
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX network_opening_support_organisation_idx ON network_opening_support (tenant_id, organisation_id);
CREATE INDEX network_opening_support_date_idx ON network_opening_support (tenant_id, started_on DESC, id);

-- Committees (Gremien, Arbeitskreise) the office sits on: OParl Organization.
CREATE TABLE network_committee (
  tenant_id       UUID NOT NULL,
  id              UUID NOT NULL,
  name            TEXT NOT NULL,
  short_name      TEXT,
  classification  TEXT NOT NULL,
  start_date      DATE,
  end_date        DATE,
  website         TEXT,
  office_role     TEXT NOT NULL,
  description     TEXT,
  search_text     TEXT NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX network_committee_name_idx ON network_committee (tenant_id, lower(name), id);

-- OParl Membership: a person (by name, in their function) or a member organisation of the network.
CREATE TABLE network_committee_membership (
  tenant_id        UUID NOT NULL,
  id               UUID NOT NULL,
  committee_id     UUID NOT NULL,
  person_name      TEXT,
  organisation_id  UUID,
  role             TEXT,
  voting_right     BOOLEAN NOT NULL DEFAULT FALSE,
  start_date       DATE,
  end_date         DATE,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, committee_id) REFERENCES network_committee (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, organisation_id) REFERENCES network_organisation (tenant_id, id) ON DELETE CASCADE,
  CHECK (person_name IS NOT NULL OR organisation_id IS NOT NULL),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX network_committee_membership_committee_idx ON network_committee_membership (tenant_id, committee_id);
CREATE INDEX network_committee_membership_organisation_idx ON network_committee_membership (tenant_id, organisation_id);

-- OParl Meeting.
CREATE TABLE network_committee_meeting (
  tenant_id     UUID NOT NULL,
  id            UUID NOT NULL,
  committee_id  UUID NOT NULL,
  name          TEXT NOT NULL,
  starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at       TIMESTAMP WITH TIME ZONE,
  location      TEXT,
  state         TEXT NOT NULL CHECK (state IN ('SCHEDULED', 'INVITED', 'HELD', 'CANCELLED')),
  notes         TEXT,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, committee_id) REFERENCES network_committee (tenant_id, id) ON DELETE CASCADE,
  CHECK (ends_at IS NULL OR ends_at >= starts_at)
);
CREATE INDEX network_committee_meeting_committee_idx ON network_committee_meeting (tenant_id, committee_id, starts_at DESC);
