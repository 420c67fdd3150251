-- Cases (issue 16, part cases): the goals of a case management's Förderplan, the handovers of a case, and the time of
-- a case's last activity for the counsellor's case list. The goal text is encrypted per field
-- (shared.crypto.FieldEncryption, casework.CaseColumns); due date and state are plain (counted, no personal data).
CREATE TABLE counselling_case_goal (
  tenant_id    UUID NOT NULL,
  id           UUID NOT NULL,
  case_id      UUID NOT NULL,
  text_sealed  BYTEA,
  due_on       DATE,
  state        TEXT NOT NULL CHECK (state IN ('OPEN', 'ACHIEVED', 'PARTLY_ACHIEVED', 'DROPPED')),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES counselling_case (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX counselling_case_goal_case ON counselling_case_goal (tenant_id, case_id, created_at);

-- A case handed from one counsellor to another (user ids; names are looked up when shown). deputy_added: the receiver
-- did not read the client and was made a deputy of the client so that the case can be read.
CREATE TABLE counselling_case_handover (
  tenant_id     UUID NOT NULL,
  id            UUID NOT NULL,
  case_id       UUID NOT NULL,
  from_id       UUID NOT NULL,
  to_id         UUID NOT NULL,
  handed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  deputy_added  BOOLEAN NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES counselling_case (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX counselling_case_handover_case ON counselling_case_handover (tenant_id, case_id, handed_at);

-- The last activity of a case (a change of the case, its goals or its responsible counsellor, or a contact): the
-- counsellor's case list shows the newest first. Null means updated_at (rows written without it). A contact moves it
-- through the trigger below, one statement at a time (a bulk insert of contacts costs one update per case).
ALTER TABLE counselling_case ADD COLUMN activity_at TIMESTAMP WITH TIME ZONE;

CREATE FUNCTION counselling_case_contact_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE counselling_case c SET activity_at = n.last
  FROM (SELECT tenant_id, case_id, max(happened_at) AS last FROM new_contacts GROUP BY tenant_id, case_id) n
  WHERE c.tenant_id = n.tenant_id AND c.id = n.case_id AND coalesce(c.activity_at, c.updated_at) < n.last;
  RETURN NULL;
END
$$;

CREATE TRIGGER counselling_contact_activity AFTER INSERT ON counselling_contact
  REFERENCING NEW TABLE AS new_contacts FOR EACH STATEMENT EXECUTE FUNCTION counselling_case_contact_activity();
