-- Beirat für Migration (issue 18): legislative terms with their elections, persons and memberships, the council and
-- its working groups, meetings with agenda items, papers with files, consultations and locations. Shaped after
-- OParl 1.1 (LegislativeTerm, Person, Membership, Organization, Meeting, AgendaItem, Paper, File, Consultation,
-- Location). Every table is tenant-owned (tenant_id leading in every key and index); every row has created_at,
-- modified_at and a tombstone flag (deleted: the row stays so that OParl clients learn of the deletion).
-- Persons hold only what a public body publishes about its members: the name (their roles are memberships).

-- Wahlperiode, with the election that opened it. Turnout = votes_cast / eligible_voters.
CREATE TABLE council_term (
  tenant_id        UUID NOT NULL,
  id               UUID NOT NULL,
  name             TEXT NOT NULL,
  start_date       DATE NOT NULL,
  end_date         DATE,
  election_date    DATE,
  eligible_voters  INT CHECK (eligible_voters >= 0),
  votes_cast       INT CHECK (votes_cast >= 0),
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  modified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  deleted          BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (tenant_id, id),
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK (votes_cast IS NULL OR eligible_voters IS NULL OR votes_cast <= eligible_voters)
);
CREATE INDEX council_term_modified_idx ON council_term (tenant_id, modified_at);

-- Results of a term's election per list and, within a list, per candidate (candidate_name NULL: the list itself).
CREATE TABLE council_election_result (
  tenant_id       UUID NOT NULL,
  term_id         UUID NOT NULL,
  position        INT NOT NULL,
  list_name       TEXT NOT NULL,
  candidate_name  TEXT,
  votes           INT NOT NULL CHECK (votes >= 0),
  seats           INT CHECK (seats >= 0),
  elected         BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (tenant_id, term_id, position),
  FOREIGN KEY (tenant_id, term_id) REFERENCES council_term (tenant_id, id) ON DELETE CASCADE
);

-- The council itself, its working groups and other bodies (OParl Organization).
CREATE TABLE council_committee (
  tenant_id       UUID NOT NULL,
  id              UUID NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('COUNCIL', 'WORKING_GROUP')),
  parent_id       UUID,
  name            TEXT NOT NULL,
  short_name      TEXT,
  classification  TEXT NOT NULL,
  start_date      DATE,
  end_date        DATE,
  website         TEXT,
  description     TEXT,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  modified_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  deleted         BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, parent_id) REFERENCES council_committee (tenant_id, id),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX council_committee_modified_idx ON council_committee (tenant_id, modified_at);

-- A member (or a delegate with an advisory voice). Only the name as the body publishes it: no address, no birth
-- date, no origin.
CREATE TABLE council_person (
  tenant_id        UUID NOT NULL,
  id               UUID NOT NULL,
  given_name       TEXT NOT NULL,
  family_name      TEXT NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  modified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  deleted          BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX council_person_name_idx ON council_person (tenant_id, lower(family_name), lower(given_name), id);
CREATE INDEX council_person_modified_idx ON council_person (tenant_id, modified_at);

-- A person's membership in the council (per term) or a working group. replaces_id: the membership this one took
-- over (a Nachrücker). delegated_by: who sent an advisory member (a council party, the administration).
CREATE TABLE council_membership (
  tenant_id      UUID NOT NULL,
  id             UUID NOT NULL,
  person_id      UUID NOT NULL,
  committee_id   UUID NOT NULL,
  term_id        UUID,
  role           TEXT NOT NULL CHECK (role IN ('CHAIR', 'DEPUTY_CHAIR', 'MEMBER')),
  voting_right   BOOLEAN NOT NULL,
  delegated_by   TEXT,
  start_date     DATE NOT NULL,
  end_date       DATE,
  replaces_id    UUID,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  modified_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  deleted        BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES council_person (tenant_id, id),
  FOREIGN KEY (tenant_id, committee_id) REFERENCES council_committee (tenant_id, id),
  FOREIGN KEY (tenant_id, term_id) REFERENCES council_term (tenant_id, id),
  FOREIGN KEY (tenant_id, replaces_id) REFERENCES council_membership (tenant_id, id),
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX council_membership_person_idx ON council_membership (tenant_id, person_id);
CREATE INDEX council_membership_committee_idx ON council_membership (tenant_id, committee_id);
CREATE INDEX council_membership_modified_idx ON council_membership (tenant_id, modified_at);

-- Where meetings take place, with what a visitor with a disability needs to know.
CREATE TABLE council_location (
  tenant_id       UUID NOT NULL,
  id              UUID NOT NULL,
  description     TEXT NOT NULL,
  street_address  TEXT,
  room            TEXT,
  postal_code     TEXT,
  locality        TEXT,
  accessibility   TEXT,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  modified_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  deleted         BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX council_location_modified_idx ON council_location (tenant_id, modified_at);

CREATE TABLE council_meeting (
  tenant_id     UUID NOT NULL,
  id            UUID NOT NULL,
  committee_id  UUID NOT NULL,
  name          TEXT NOT NULL,
  starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at       TIMESTAMP WITH TIME ZONE,
  location_id   UUID,
  state         TEXT NOT NULL CHECK (state IN ('SCHEDULED', 'INVITED', 'HELD', 'CANCELLED')),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  deleted       BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, committee_id) REFERENCES council_committee (tenant_id, id),
  FOREIGN KEY (tenant_id, location_id) REFERENCES council_location (tenant_id, id),
  CHECK (ends_at IS NULL OR ends_at >= starts_at)
);
CREATE INDEX council_meeting_committee_idx ON council_meeting (tenant_id, committee_id, starts_at DESC);
CREATE INDEX council_meeting_start_idx ON council_meeting (tenant_id, starts_at);
CREATE INDEX council_meeting_modified_idx ON council_meeting (tenant_id, modified_at);

-- Vorlage, Antrag, Anfrage, Stellungnahme. A non-public paper never leaves the office.
CREATE TABLE council_paper (
  tenant_id                  UUID NOT NULL,
  id                         UUID NOT NULL,
  reference                  TEXT NOT NULL,
  name                       TEXT NOT NULL,
  paper_type                 TEXT NOT NULL CHECK (paper_type IN ('PROPOSAL', 'MOTION', 'INQUIRY', 'STATEMENT')),
  paper_date                 DATE NOT NULL,
  public                     BOOLEAN NOT NULL,
  originator_committee_id    UUID,
  created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
  modified_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  deleted                    BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, reference),
  FOREIGN KEY (tenant_id, originator_committee_id) REFERENCES council_committee (tenant_id, id)
);
CREATE INDEX council_paper_date_idx ON council_paper (tenant_id, paper_date DESC, id);
CREATE INDEX council_paper_modified_idx ON council_paper (tenant_id, modified_at);

-- Tagesordnungspunkt. position: the order within the meeting; number as printed (Ö 3.1, N 1).
CREATE TABLE council_agenda_item (
  tenant_id        UUID NOT NULL,
  id               UUID NOT NULL,
  meeting_id       UUID NOT NULL,
  position         INT NOT NULL,
  number           TEXT NOT NULL,
  name             TEXT NOT NULL,
  public           BOOLEAN NOT NULL,
  result           TEXT,
  resolution_text  TEXT,
  votes_yes        INT CHECK (votes_yes >= 0),
  votes_no         INT CHECK (votes_no >= 0),
  votes_abstain    INT CHECK (votes_abstain >= 0),
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  modified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  deleted          BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, meeting_id, position),
  FOREIGN KEY (tenant_id, meeting_id) REFERENCES council_meeting (tenant_id, id)
);
CREATE INDEX council_agenda_item_modified_idx ON council_agenda_item (tenant_id, modified_at);

-- Beratung: a paper discussed by a committee in a meeting (under an agenda item), with the result.
CREATE TABLE council_consultation (
  tenant_id       UUID NOT NULL,
  id              UUID NOT NULL,
  paper_id        UUID NOT NULL,
  meeting_id      UUID,
  agenda_item_id  UUID,
  committee_id    UUID NOT NULL,
  role            TEXT NOT NULL,
  authoritative   BOOLEAN NOT NULL DEFAULT FALSE,
  result          TEXT,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  modified_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  deleted         BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, paper_id) REFERENCES council_paper (tenant_id, id),
  FOREIGN KEY (tenant_id, meeting_id) REFERENCES council_meeting (tenant_id, id),
  FOREIGN KEY (tenant_id, agenda_item_id) REFERENCES council_agenda_item (tenant_id, id),
  FOREIGN KEY (tenant_id, committee_id) REFERENCES council_committee (tenant_id, id)
);
CREATE INDEX council_consultation_paper_idx ON council_consultation (tenant_id, paper_id);
CREATE INDEX council_consultation_item_idx ON council_consultation (tenant_id, agenda_item_id);
CREATE INDEX council_consultation_meeting_idx ON council_consultation (tenant_id, meeting_id);
CREATE INDEX council_consultation_modified_idx ON council_consultation (tenant_id, modified_at);

-- A file of a paper (its main file or an attachment) or of a meeting (invitation, minutes).
CREATE TABLE council_file (
  tenant_id    UUID NOT NULL,
  id           UUID NOT NULL,
  paper_id     UUID,
  meeting_id   UUID,
  purpose      TEXT NOT NULL CHECK (purpose IN ('MAIN', 'AUXILIARY', 'INVITATION', 'MINUTES')),
  name         TEXT NOT NULL,
  file_name    TEXT NOT NULL,
  mime_type    TEXT NOT NULL,
  file_date    DATE NOT NULL,
  size         INT NOT NULL CHECK (size >= 0),
  sha1         TEXT NOT NULL,
  content      BYTEA NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  deleted      BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, paper_id) REFERENCES council_paper (tenant_id, id),
  FOREIGN KEY (tenant_id, meeting_id) REFERENCES council_meeting (tenant_id, id),
  CHECK ((paper_id IS NULL) <> (meeting_id IS NULL)),
  CHECK ((paper_id IS NOT NULL AND purpose IN ('MAIN', 'AUXILIARY'))
      OR (meeting_id IS NOT NULL AND purpose IN ('INVITATION', 'MINUTES', 'AUXILIARY')))
);
CREATE INDEX council_file_paper_idx ON council_file (tenant_id, paper_id);
CREATE INDEX council_file_meeting_idx ON council_file (tenant_id, meeting_id);
CREATE INDEX council_file_modified_idx ON council_file (tenant_id, modified_at);
