-- One model of a body (issue 18): the committees and working groups the office sits on or takes part in
-- (Arbeitskreise, Netzwerktreffen, Fachausschüsse of the Kreistag), kept by the network module until now in
-- network_committee*, move into the council's tables as committees of kind NETWORK, with the office's own role there.
-- They are the office's bookkeeping, not bodies of the Beirat: OParl and the council's pages leave them out.
-- Ids are kept, so that /network/committees/{id} links and the audit log stay valid.

ALTER TABLE council_committee DROP CONSTRAINT council_committee_kind_check;
ALTER TABLE council_committee ADD CONSTRAINT council_committee_kind_check
  CHECK (kind IN ('COUNCIL', 'WORKING_GROUP', 'NETWORK'));
-- office_role: the office's own role in a NETWORK committee (Geschäftsführung, ständiges Mitglied, Moderation);
-- search_text: what the office's list searches (name, short name, classification, description; lower case).
ALTER TABLE council_committee ADD COLUMN office_role TEXT, ADD COLUMN search_text TEXT;
ALTER TABLE council_committee ADD CONSTRAINT council_committee_network_check
  CHECK (kind <> 'NETWORK' OR (office_role IS NOT NULL AND search_text IS NOT NULL));
CREATE INDEX council_committee_kind_name_idx ON council_committee (tenant_id, kind, lower(name), id);

-- A member of a NETWORK committee is an organisation of the network (organisation_id: an id of the network module,
-- without a foreign key across modules; the network removes it with the organisation), a person by name in their
-- function (person_name), or both. Their role is free text (Sprecherin, Gast); the council's own memberships keep
-- a person, a coded role and a start.
ALTER TABLE council_membership ALTER COLUMN person_id DROP NOT NULL, ALTER COLUMN role DROP NOT NULL,
  ALTER COLUMN start_date DROP NOT NULL, ADD COLUMN person_name TEXT, ADD COLUMN organisation_id UUID;
ALTER TABLE council_membership DROP CONSTRAINT council_membership_role_check;
ALTER TABLE council_membership ADD CONSTRAINT council_membership_role_check
  CHECK (person_id IS NULL OR (role IS NOT NULL AND role IN ('CHAIR', 'DEPUTY_CHAIR', 'MEMBER')
                               AND start_date IS NOT NULL));
ALTER TABLE council_membership ADD CONSTRAINT council_membership_member_check
  CHECK (person_id IS NOT NULL OR person_name IS NOT NULL OR organisation_id IS NOT NULL);
CREATE INDEX council_membership_organisation_idx ON council_membership (tenant_id, organisation_id)
  WHERE organisation_id IS NOT NULL;

-- A NETWORK committee's meeting has its place as free text (location_text) and the office's short notes.
ALTER TABLE council_meeting ADD COLUMN location_text TEXT, ADD COLUMN notes TEXT;

INSERT INTO council_committee (tenant_id, id, kind, parent_id, name, short_name, classification, start_date, end_date,
                               website, description, office_role, search_text, created_at, modified_at, deleted)
SELECT tenant_id, id, 'NETWORK', NULL, name, short_name, classification, start_date, end_date, website, description,
       office_role, search_text, created_at, updated_at, FALSE
FROM network_committee;

INSERT INTO council_membership (tenant_id, id, person_id, committee_id, term_id, role, voting_right, delegated_by,
                                start_date, end_date, replaces_id, person_name, organisation_id, created_at,
                                modified_at, deleted)
SELECT tenant_id, id, NULL, committee_id, NULL, role, voting_right, NULL, start_date, end_date, NULL, person_name,
       organisation_id, created_at, updated_at, FALSE
FROM network_committee_membership;

INSERT INTO council_meeting (tenant_id, id, committee_id, name, starts_at, ends_at, location_id, location_text, state,
                             notes, created_at, modified_at, deleted)
SELECT tenant_id, id, committee_id, name, starts_at, ends_at, NULL, location, state, notes, created_at, updated_at,
       FALSE
FROM network_committee_meeting;

DROP TABLE network_committee_meeting;
DROP TABLE network_committee_membership;
DROP TABLE network_committee;
