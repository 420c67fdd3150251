-- Integrationslotsinnen und -lotsen (module guides, issue 15): guide profiles with their languages, weekly
-- availability and qualifications, Begleitanfragen (requests for accompaniment) and assignments. Every table is
-- tenant-owned; primary and foreign keys carry tenant_id. Gemeinden are region keys (reference data), organisations
-- and the person's contact belong to other modules and are referenced by ID or reference only (no case notes here).

-- A volunteer's profile. For the police certificate (erweitertes Führungszeugnis) only the inspection date and
-- whether it had no relevant entry are recorded, never a copy.
CREATE TABLE guide_profile (
  tenant_id                     UUID NOT NULL,
  id                            UUID NOT NULL,
  name                          TEXT NOT NULL,
  email                         TEXT,
  phone                         TEXT,
  home_region_key               TEXT NOT NULL,
  gemeinden                     TEXT[] NOT NULL DEFAULT '{}',
  topics                        TEXT[] NOT NULL DEFAULT '{}',
  mobility                      TEXT NOT NULL CHECK (mobility IN ('WALK', 'BICYCLE', 'PUBLIC_TRANSPORT', 'CAR')),
  assignments_per_week          INT NOT NULL CHECK (assignments_per_week BETWEEN 1 AND 14),
  state                         TEXT NOT NULL CHECK (state IN ('INTERESTED', 'FIRST_CONVERSATION', 'TRAINED',
                                  'CERTIFICATE_INSPECTED', 'ACTIVE', 'PAUSED', 'ENDED')),
  certificate_inspected_on      DATE,
  certificate_no_relevant_entry BOOLEAN NOT NULL DEFAULT FALSE,
  ended_on                      DATE,
  created_at                    TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at                    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX guide_profile_name_idx ON guide_profile (tenant_id, lower(name));

-- The languages a guide speaks, with the level (CEFR A1–C2 or NATIVE), codes of the platform's language list.
CREATE TABLE guide_language (
  tenant_id  UUID NOT NULL,
  guide_id   UUID NOT NULL,
  position   INT NOT NULL,
  code       TEXT NOT NULL,
  level      TEXT NOT NULL CHECK (level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE')),
  PRIMARY KEY (tenant_id, guide_id, position),
  UNIQUE (tenant_id, guide_id, code),
  FOREIGN KEY (tenant_id, guide_id) REFERENCES guide_profile (tenant_id, id) ON DELETE CASCADE
);

-- Weekly availability: a weekday (ISO, 1 = Monday) and a time span in the office's time zone.
CREATE TABLE guide_availability (
  tenant_id  UUID NOT NULL,
  guide_id   UUID NOT NULL,
  position   INT NOT NULL,
  day        INT NOT NULL CHECK (day BETWEEN 1 AND 7),
  starts     TIME NOT NULL,
  ends       TIME NOT NULL CHECK (ends > starts),
  PRIMARY KEY (tenant_id, guide_id, position),
  FOREIGN KEY (tenant_id, guide_id) REFERENCES guide_profile (tenant_id, id) ON DELETE CASCADE
);

-- Qualifications with their expiry (none: does not expire).
CREATE TABLE guide_qualification (
  tenant_id      UUID NOT NULL,
  guide_id       UUID NOT NULL,
  position       INT NOT NULL,
  qualification  TEXT NOT NULL,
  expires_on     DATE,
  PRIMARY KEY (tenant_id, guide_id, position),
  UNIQUE (tenant_id, guide_id, qualification),
  FOREIGN KEY (tenant_id, guide_id) REFERENCES guide_profile (tenant_id, id) ON DELETE CASCADE
);

-- The lifecycle changes of a profile: who moved it from which state to which, and when.
CREATE TABLE guide_state_change (
  tenant_id   UUID NOT NULL,
  guide_id    UUID NOT NULL,
  changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  from_state  TEXT,
  to_state    TEXT NOT NULL,
  changed_by  TEXT NOT NULL,
  FOREIGN KEY (tenant_id, guide_id) REFERENCES guide_profile (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX guide_state_change_guide_idx ON guide_state_change (tenant_id, guide_id, changed_at);

-- A Begleitanfrage. first_day, starts and ends (office's time zone) are the first occurrence; a recurring request repeats weekly or fortnightly until
-- repeat_until. contact_reference points to the person's contact held by the requesting side.
CREATE TABLE guide_request (
  tenant_id                  UUID NOT NULL,
  id                         UUID NOT NULL,
  topic                      TEXT NOT NULL CHECK (topic IN ('ORIENTATION', 'AUTHORITY', 'HOUSING',
                               'CULTURAL_MEDIATION', 'LANGUAGE_SUPPORT', 'OTHER')),
  languages                  TEXT[] NOT NULL,
  region_key                 TEXT NOT NULL,
  place                      TEXT,
  first_day                  DATE NOT NULL,
  starts                     TIME NOT NULL,
  ends                       TIME NOT NULL CHECK (ends > starts),
  recurrence                 TEXT NOT NULL CHECK (recurrence IN ('ONCE', 'WEEKLY', 'FORTNIGHTLY')),
  repeat_until               DATE,
  urgency                    TEXT NOT NULL CHECK (urgency IN ('LOW', 'NORMAL', 'HIGH')),
  required_qualifications    TEXT[] NOT NULL DEFAULT '{}',
  contact_reference          TEXT,
  requester_organisation_id  UUID,
  brief                      TEXT,
  status                     TEXT NOT NULL CHECK (status IN ('OPEN', 'ASSIGNED', 'DONE', 'CANCELLED')),
  created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CHECK (recurrence = 'ONCE' OR repeat_until IS NOT NULL)
);
CREATE INDEX guide_request_status_idx ON guide_request (tenant_id, status, first_day);

-- An assignment of a guide to a request, with the office's commissioning (Beauftragung: what makes the statutory
-- accident insurance cover the volunteer). At most one live (commissioned or accepted) assignment per request.
CREATE TABLE guide_assignment (
  tenant_id        UUID NOT NULL,
  id               UUID NOT NULL,
  request_id       UUID NOT NULL,
  guide_id         UUID NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('COMMISSIONED', 'ACCEPTED', 'DECLINED', 'DONE', 'CANCELLED')),
  cost             INT,
  commissioned_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  commissioned_by  TEXT NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, request_id) REFERENCES guide_request (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, guide_id) REFERENCES guide_profile (tenant_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX guide_assignment_live_idx ON guide_assignment (tenant_id, request_id)
  WHERE status IN ('COMMISSIONED', 'ACCEPTED');
CREATE INDEX guide_assignment_guide_idx ON guide_assignment (tenant_id, guide_id, status);
