-- Trainings of the guide network (issue 15): courses (the basic training, Basisqualifizierung, or a further
-- training) with their sessions, the guides enrolled, their attendance at each session and their completion. A
-- completed course grants its qualification to the guide's profile (guide_qualification). Every row is the tenant's;
-- a profile's removal (retention) removes its enrolments and attendance with it.

CREATE TABLE guide_course (
  tenant_id       UUID NOT NULL,
  id              UUID NOT NULL,
  title           TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('BASIC', 'FURTHER')),
  description     TEXT,
  qualification   TEXT,
  validity_years  INT CHECK (validity_years BETWEEN 1 AND 20),
  capacity        INT NOT NULL CHECK (capacity BETWEEN 1 AND 200),
  trainers        TEXT,
  -- the days of the first and the last session (kept with the sessions, for the lists)
  first_day       DATE NOT NULL,
  last_day        DATE NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CHECK (qualification IS NOT NULL OR validity_years IS NULL),
  CHECK (last_day >= first_day)
);
CREATE INDEX guide_course_days_idx ON guide_course (tenant_id, last_day, first_day);
CREATE INDEX guide_course_qualification_idx ON guide_course (tenant_id, qualification, first_day)
  WHERE qualification IS NOT NULL;

-- A session of a course: day, start and end in the office's time zone, and where.
CREATE TABLE guide_course_session (
  tenant_id  UUID NOT NULL,
  id         UUID NOT NULL,
  course_id  UUID NOT NULL,
  day        DATE NOT NULL,
  starts     TIME NOT NULL,
  ends       TIME NOT NULL CHECK (ends > starts),
  place      TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, course_id, day, starts),
  FOREIGN KEY (tenant_id, course_id) REFERENCES guide_course (tenant_id, id) ON DELETE CASCADE
);

-- A guide enrolled in a course, and its completion (with the reason when not present at every session).
CREATE TABLE guide_course_participant (
  tenant_id          UUID NOT NULL,
  course_id          UUID NOT NULL,
  guide_id           UUID NOT NULL,
  enrolled_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  enrolled_by        TEXT NOT NULL,
  completed_on       DATE,
  completed_by       TEXT,
  completion_reason  TEXT,
  PRIMARY KEY (tenant_id, course_id, guide_id),
  FOREIGN KEY (tenant_id, course_id) REFERENCES guide_course (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, guide_id) REFERENCES guide_profile (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX guide_course_participant_guide_idx ON guide_course_participant (tenant_id, guide_id);

-- A participant's attendance at a session.
CREATE TABLE guide_course_attendance (
  tenant_id    UUID NOT NULL,
  course_id    UUID NOT NULL,
  session_id   UUID NOT NULL,
  guide_id     UUID NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('PRESENT', 'EXCUSED', 'ABSENT')),
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by  TEXT NOT NULL,
  PRIMARY KEY (tenant_id, session_id, guide_id),
  FOREIGN KEY (tenant_id, session_id) REFERENCES guide_course_session (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, course_id, guide_id)
    REFERENCES guide_course_participant (tenant_id, course_id, guide_id) ON DELETE CASCADE
);
