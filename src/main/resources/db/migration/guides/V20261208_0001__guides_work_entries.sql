-- What a guide did on an assignment: one entry per day worked, with the time spent and the kilometres travelled, as the
-- guide logs it; the coordinator approves entries, and only approved entries count in expense statements and reports.
CREATE TABLE guide_work_entry (
  tenant_id      UUID NOT NULL,
  id             UUID NOT NULL,
  assignment_id  UUID NOT NULL,
  guide_id       UUID NOT NULL,
  worked_on      DATE NOT NULL,
  minutes        INT NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
  kilometres     NUMERIC(6, 1) NOT NULL DEFAULT 0 CHECK (kilometres BETWEEN 0 AND 2000),
  note           TEXT,
  logged_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  approved_at    TIMESTAMP WITH TIME ZONE,
  approved_by    TEXT,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, assignment_id) REFERENCES guide_assignment (tenant_id, id) ON DELETE CASCADE,
  CHECK ((approved_at IS NULL) = (approved_by IS NULL))
);
CREATE INDEX guide_work_entry_guide_idx ON guide_work_entry (tenant_id, guide_id, worked_on);
CREATE INDEX guide_work_entry_assignment_idx ON guide_work_entry (tenant_id, assignment_id);

-- When the guide marked the assignment done, and when the coordinator approved it (with its entries).
ALTER TABLE guide_assignment ADD COLUMN done_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE guide_assignment ADD COLUMN approved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE guide_assignment ADD COLUMN approved_by TEXT;
