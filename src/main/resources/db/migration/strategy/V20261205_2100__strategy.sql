-- Integrationskonzept, Integrationsdialog, Integrationskonferenz and Integrationscontrolling (module strategy,
-- issue 13). Every table is tenant-owned: primary keys and foreign keys carry tenant_id. Organisations are those of
-- the network module, referenced by ID without a foreign key (another module's table); the strategy module hears of
-- their removal (OrganisationRemoved) and drops the references itself.

-- Versions of the concept. At most one adopted version per tenant; adopting a new one supersedes the old.
CREATE TABLE strategy_concept (
  tenant_id      UUID NOT NULL,
  id             UUID NOT NULL,
  title          TEXT NOT NULL,
  horizon_start  INT NOT NULL CHECK (horizon_start BETWEEN 1990 AND 2100),
  horizon_end    INT NOT NULL CHECK (horizon_end BETWEEN 1990 AND 2100),
  status         TEXT NOT NULL CHECK (status IN ('DRAFT', 'ADOPTED', 'SUPERSEDED')),
  adopted_by     TEXT,
  adopted_on     DATE,
  based_on       UUID,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, based_on) REFERENCES strategy_concept (tenant_id, id) ON DELETE SET NULL (based_on),
  CHECK (horizon_end >= horizon_start),
  CHECK (status = 'DRAFT' OR (adopted_by IS NOT NULL AND adopted_on IS NOT NULL))
);
CREATE UNIQUE INDEX strategy_concept_one_adopted_idx ON strategy_concept (tenant_id) WHERE status = 'ADOPTED';

-- Leitlinien: ordered texts of a version.
CREATE TABLE strategy_guideline (
  tenant_id   UUID NOT NULL,
  concept_id  UUID NOT NULL,
  position    INT NOT NULL,
  text        TEXT NOT NULL,
  PRIMARY KEY (tenant_id, concept_id, position),
  FOREIGN KEY (tenant_id, concept_id) REFERENCES strategy_concept (tenant_id, id) ON DELETE CASCADE
);

-- Handlungsfelder of a version; copied_from: the field of the version this one was copied from (for comparing).
CREATE TABLE strategy_field (
  tenant_id    UUID NOT NULL,
  id           UUID NOT NULL,
  concept_id   UUID NOT NULL,
  position     INT NOT NULL,
  name         TEXT NOT NULL,
  description  TEXT,
  copied_from  UUID,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, concept_id) REFERENCES strategy_concept (tenant_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX strategy_field_name_idx ON strategy_field (tenant_id, concept_id, lower(name));

-- The indicators (codes of monitoring's catalogue) that describe a field, in order.
CREATE TABLE strategy_field_indicator (
  tenant_id       UUID NOT NULL,
  field_id        UUID NOT NULL,
  indicator_code  TEXT NOT NULL,
  position        INT NOT NULL,
  PRIMARY KEY (tenant_id, field_id, indicator_code),
  FOREIGN KEY (tenant_id, field_id) REFERENCES strategy_field (tenant_id, id) ON DELETE CASCADE
);

-- Stakeholder groups of the Integrationsdialog (an editable list per tenant; defaults seeded per tenant).
CREATE TABLE strategy_stakeholder_group (
  tenant_id  UUID NOT NULL,
  id         UUID NOT NULL,
  position   INT NOT NULL,
  name       TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX strategy_stakeholder_group_name_idx ON strategy_stakeholder_group (tenant_id, lower(name));

-- A dialog process (e.g. the Integrationsdialog 2017) informing one version of the concept.
CREATE TABLE strategy_dialog (
  tenant_id    UUID NOT NULL,
  id           UUID NOT NULL,
  concept_id   UUID NOT NULL,
  title        TEXT NOT NULL,
  description  TEXT,
  started_on   DATE NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, concept_id) REFERENCES strategy_concept (tenant_id, id) ON DELETE CASCADE
);

-- A workshop of a dialog. join_code: the code of /w/{code}, unique over all tenants (the join URL names no tenant);
-- it admits statements only while capture is open (capture_opened_at set, capture_closed_at not).
CREATE TABLE strategy_workshop (
  tenant_id          UUID NOT NULL,
  id                 UUID NOT NULL,
  dialog_id          UUID NOT NULL,
  title              TEXT NOT NULL,
  starts_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  place              TEXT NOT NULL,
  group_id           UUID NOT NULL,
  capacity           INT NOT NULL CHECK (capacity BETWEEN 1 AND 60),
  facilitators       TEXT,
  participant_count  INT NOT NULL DEFAULT 0 CHECK (participant_count >= 0),
  join_code          TEXT UNIQUE,
  capture_opened_at  TIMESTAMP WITH TIME ZONE,
  capture_closed_at  TIMESTAMP WITH TIME ZONE,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, dialog_id) REFERENCES strategy_dialog (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, group_id) REFERENCES strategy_stakeholder_group (tenant_id, id)
);
CREATE INDEX strategy_workshop_dialog_idx ON strategy_workshop (tenant_id, dialog_id, starts_at);

-- Named participants: only with a consent record of the privacy module.
CREATE TABLE strategy_workshop_participant (
  tenant_id          UUID NOT NULL,
  id                 UUID NOT NULL,
  workshop_id        UUID NOT NULL,
  name               TEXT NOT NULL,
  organisation_id    UUID,
  consent_id         UUID NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, workshop_id) REFERENCES strategy_workshop (tenant_id, id) ON DELETE CASCADE
);

-- Statements of a workshop's small groups. merged_into: a duplicate merged by the facilitator into another statement.
CREATE TABLE strategy_statement (
  tenant_id    UUID NOT NULL,
  id           UUID NOT NULL,
  workshop_id  UUID NOT NULL,
  type         TEXT NOT NULL CHECK (type IN ('STRENGTH', 'WEAKNESS', 'CHALLENGE')),
  text         TEXT NOT NULL,
  field_id     UUID,
  small_group  TEXT,
  merged_into  UUID,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, workshop_id) REFERENCES strategy_workshop (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, field_id) REFERENCES strategy_field (tenant_id, id) ON DELETE SET NULL (field_id),
  FOREIGN KEY (tenant_id, merged_into) REFERENCES strategy_statement (tenant_id, id) ON DELETE SET NULL (merged_into)
);
CREATE INDEX strategy_statement_workshop_idx ON strategy_statement (tenant_id, workshop_id, created_at);

-- SMART goals under a field. Measurable either by an indicator of monitoring for a region (indicator_code and
-- region_key) or by a custom measure with hand-entered values (custom_measure, strategy_goal_value).
-- Status columns: the controlling status last computed (see docs/strategy.md), with the value it was computed from
-- and the status before, so that the dashboard can say what changed.
CREATE TABLE strategy_goal (
  tenant_id          UUID NOT NULL,
  id                 UUID NOT NULL,
  field_id           UUID NOT NULL,
  title              TEXT NOT NULL,
  description        TEXT,
  indicator_code     TEXT,
  region_key         TEXT,
  custom_measure     TEXT,
  unit               TEXT,
  baseline_value     NUMERIC NOT NULL,
  baseline_year      INT NOT NULL,
  target_value       NUMERIC NOT NULL,
  target_year        INT NOT NULL,
  workshop_id        UUID,
  merged_into        UUID,
  copied_from        UUID,
  status             TEXT CHECK (status IN ('REACHED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA')),
  latest_value       NUMERIC,
  latest_year        INT,
  previous_status    TEXT CHECK (previous_status IN ('REACHED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA')),
  status_changed_at  TIMESTAMP WITH TIME ZONE,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, field_id) REFERENCES strategy_field (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, workshop_id) REFERENCES strategy_workshop (tenant_id, id) ON DELETE SET NULL (workshop_id),
  FOREIGN KEY (tenant_id, merged_into) REFERENCES strategy_goal (tenant_id, id) ON DELETE SET NULL (merged_into),
  CHECK (target_year > baseline_year),
  CHECK ((indicator_code IS NOT NULL AND region_key IS NOT NULL AND custom_measure IS NULL)
    OR (indicator_code IS NULL AND region_key IS NULL AND custom_measure IS NOT NULL))
);
CREATE INDEX strategy_goal_field_idx ON strategy_goal (tenant_id, field_id);
CREATE INDEX strategy_goal_indicator_idx ON strategy_goal (tenant_id, indicator_code) WHERE indicator_code IS NOT NULL;

-- Hand-entered values of a goal with a custom measure.
CREATE TABLE strategy_goal_value (
  tenant_id  UUID NOT NULL,
  goal_id    UUID NOT NULL,
  year       INT NOT NULL,
  value      NUMERIC NOT NULL,
  PRIMARY KEY (tenant_id, goal_id, year),
  FOREIGN KEY (tenant_id, goal_id) REFERENCES strategy_goal (tenant_id, id) ON DELETE CASCADE
);

-- Organisations responsible for a goal, in order.
CREATE TABLE strategy_goal_organisation (
  tenant_id        UUID NOT NULL,
  goal_id          UUID NOT NULL,
  organisation_id  UUID NOT NULL,
  position         INT NOT NULL,
  PRIMARY KEY (tenant_id, goal_id, organisation_id),
  FOREIGN KEY (tenant_id, goal_id) REFERENCES strategy_goal (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX strategy_goal_organisation_idx ON strategy_goal_organisation (tenant_id, organisation_id);

-- The statements of the dialog a goal answers.
CREATE TABLE strategy_goal_statement (
  tenant_id     UUID NOT NULL,
  goal_id       UUID NOT NULL,
  statement_id  UUID NOT NULL,
  PRIMARY KEY (tenant_id, goal_id, statement_id),
  FOREIGN KEY (tenant_id, goal_id) REFERENCES strategy_goal (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, statement_id) REFERENCES strategy_statement (tenant_id, id) ON DELETE CASCADE
);

-- Measures of a version of the concept. lead_organisation_id NULL: carried by the office itself.
CREATE TABLE strategy_measure (
  tenant_id             UUID NOT NULL,
  id                    UUID NOT NULL,
  concept_id            UUID NOT NULL,
  title                 TEXT NOT NULL,
  description           TEXT,
  lead_organisation_id  UUID,
  start_date            DATE,
  end_date              DATE,
  budget                NUMERIC(12, 2) CHECK (budget >= 0),
  funding               TEXT,
  status                TEXT NOT NULL CHECK (status IN ('PLANNED', 'RUNNING', 'DONE', 'DROPPED')),
  copied_from           UUID,
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, concept_id) REFERENCES strategy_concept (tenant_id, id) ON DELETE CASCADE,
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX strategy_measure_lead_idx ON strategy_measure (tenant_id, lead_organisation_id);

CREATE TABLE strategy_measure_goal (
  tenant_id   UUID NOT NULL,
  measure_id  UUID NOT NULL,
  goal_id     UUID NOT NULL,
  PRIMARY KEY (tenant_id, measure_id, goal_id),
  FOREIGN KEY (tenant_id, measure_id) REFERENCES strategy_measure (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, goal_id) REFERENCES strategy_goal (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX strategy_measure_goal_goal_idx ON strategy_measure_goal (tenant_id, goal_id);

-- Partner organisations of a measure (beside the lead), in order.
CREATE TABLE strategy_measure_partner (
  tenant_id        UUID NOT NULL,
  measure_id       UUID NOT NULL,
  organisation_id  UUID NOT NULL,
  position         INT NOT NULL,
  PRIMARY KEY (tenant_id, measure_id, organisation_id),
  FOREIGN KEY (tenant_id, measure_id) REFERENCES strategy_measure (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX strategy_measure_partner_organisation_idx ON strategy_measure_partner (tenant_id, organisation_id);

-- Dated progress notes of a measure (by staff or the carrying organisation's PARTNER users).
CREATE TABLE strategy_measure_note (
  tenant_id    UUID NOT NULL,
  id           UUID NOT NULL,
  measure_id   UUID NOT NULL,
  noted_on     DATE NOT NULL,
  text         TEXT NOT NULL,
  author_name  TEXT NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, measure_id) REFERENCES strategy_measure (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX strategy_measure_note_measure_idx ON strategy_measure_note (tenant_id, measure_id, noted_on);

-- Controlling settings of a tenant: the tolerance within which a goal behind its expected path is AT_RISK rather
-- than OFF_TRACK, as a share of |target - baseline| (default 10 %).
CREATE TABLE strategy_settings (
  tenant_id             UUID PRIMARY KEY,
  at_risk_tolerance     NUMERIC NOT NULL DEFAULT 0.10 CHECK (at_risk_tolerance >= 0 AND at_risk_tolerance <= 1)
);
