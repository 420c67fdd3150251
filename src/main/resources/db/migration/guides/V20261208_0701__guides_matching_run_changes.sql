-- Changing single pairs of a batch proposal before taking it over (guides.run, docs/guides-partner.md): the open
-- requests a run considered (so that an unserved one can get a guide by hand) and how many pairs the coordinator
-- changed. Runs stored before know only their paired requests.
CREATE TABLE guide_matching_run_request (
  tenant_id   UUID NOT NULL,
  run_id      UUID NOT NULL,
  request_id  UUID NOT NULL,
  PRIMARY KEY (tenant_id, run_id, request_id),
  FOREIGN KEY (tenant_id, run_id) REFERENCES guide_matching_run (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, request_id) REFERENCES guide_request (tenant_id, id) ON DELETE CASCADE
);
INSERT INTO guide_matching_run_request (tenant_id, run_id, request_id)
  SELECT a.tenant_id, a.run_id, a.request_id FROM guide_matching_run_assignment a
  JOIN guide_request r ON r.tenant_id = a.tenant_id AND r.id = a.request_id;

ALTER TABLE guide_matching_run ADD COLUMN changed_pairs INT NOT NULL DEFAULT 0;
