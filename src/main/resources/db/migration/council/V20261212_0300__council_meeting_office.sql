-- The office runs its meetings (issue 18): the standing orders' invitation period per tenant, when a meeting's
-- invitation was sent (and why, if it was sent after the period could no longer be met), and who attended.

-- Settings of a tenant's council (one row per tenant, absent = the defaults). invitation_days: the Ladungsfrist, the
-- days between sending the invitation and the meeting.
CREATE TABLE council_settings (
  tenant_id        UUID PRIMARY KEY,
  invitation_days  INT NOT NULL DEFAULT 7 CHECK (invitation_days BETWEEN 1 AND 60),
  modified_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE council_meeting ADD COLUMN invited_at TIMESTAMP WITH TIME ZONE;
-- The office's reason for sending an invitation later than the invitation period allows (urgent meeting).
ALTER TABLE council_meeting ADD COLUMN late_invitation_reason TEXT;

-- Anwesenheit: per meeting and person, present, excused or absent. Internal to the office (not in OParl).
CREATE TABLE council_attendance (
  tenant_id    UUID NOT NULL,
  meeting_id   UUID NOT NULL,
  person_id    UUID NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('PRESENT', 'EXCUSED', 'ABSENT')),
  modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, meeting_id, person_id),
  FOREIGN KEY (tenant_id, meeting_id) REFERENCES council_meeting (tenant_id, id),
  FOREIGN KEY (tenant_id, person_id) REFERENCES council_person (tenant_id, id)
);
