-- Reports of the guide network (issue 15): whether a request had any guide who passed the hard rules (the candidates'
-- rules), recorded while it is open: within minutes of its creation or change, and daily until its last appointment.
-- A request whose latest check found no candidate counts as unmet demand, by each language it needs (whom to recruit).
CREATE TABLE guide_request_supply (
  tenant_id           UUID NOT NULL,
  request_id          UUID NOT NULL,
  first_checked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  checked_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  -- how many guides passed the hard rules at the latest check
  candidates          INT NOT NULL CHECK (candidates >= 0),
  -- the request's updated_at that the latest check saw (a later change is checked again)
  request_updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, request_id),
  FOREIGN KEY (tenant_id, request_id) REFERENCES guide_request (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX guide_request_supply_unmet_idx ON guide_request_supply (tenant_id, request_id) WHERE candidates = 0;

-- The reports read requests by the month of their first appointment and approved work entries by day.
CREATE INDEX guide_request_report_idx ON guide_request (tenant_id, first_day);
CREATE INDEX guide_work_entry_report_idx ON guide_work_entry (tenant_id, worked_on) WHERE approved_at IS NOT NULL;
