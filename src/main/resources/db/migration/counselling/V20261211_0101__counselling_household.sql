-- Household members of a client counselled alongside (issue 16, „mitberatene Haushaltsangehörige“). Plain are only
-- the tenant, the ids, the times and the link to another client record of the same tenant (the same person, entered
-- as a client too); the relationship, first name, birth year and gender are encrypted per field
-- (shared.crypto.FieldEncryption, associated data table|column|tenant|row). The members go with their client
-- (Art. 17 erasure, retention); a linked client's erasure leaves the entry in the household, unlinked.
CREATE TABLE counselling_household_member (
  tenant_id            UUID NOT NULL,
  id                   UUID NOT NULL,
  client_id            UUID NOT NULL,
  linked_client_id     UUID,
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  relationship_sealed  BYTEA NOT NULL,
  first_name_sealed    BYTEA NOT NULL,
  birth_year_sealed    BYTEA,
  gender_sealed        BYTEA,
  PRIMARY KEY (tenant_id, id),
  CHECK (linked_client_id IS NULL OR linked_client_id <> client_id),
  FOREIGN KEY (tenant_id, client_id) REFERENCES counselling_client (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, linked_client_id) REFERENCES counselling_client (tenant_id, id)
    ON DELETE SET NULL (linked_client_id)
);
CREATE INDEX counselling_household_member_client ON counselling_household_member (tenant_id, client_id, created_at);
CREATE INDEX counselling_household_member_linked ON counselling_household_member (tenant_id, linked_client_id)
  WHERE linked_client_id IS NOT NULL;

-- Which household members were counselled alongside in a case (always members of the case's client). When the case
-- is anonymised (retention, Art. 17) or a member is removed, member_id is set NULL: the row stays as an anonymous
-- count of the persons reached (client + members counselled alongside) for the statistics.
CREATE TABLE counselling_case_household (
  tenant_id   UUID NOT NULL,
  id          UUID NOT NULL,
  case_id     UUID NOT NULL,
  member_id   UUID,
  added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES counselling_case (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, member_id) REFERENCES counselling_household_member (tenant_id, id)
    ON DELETE SET NULL (member_id)
);
CREATE UNIQUE INDEX counselling_case_household_member ON counselling_case_household (tenant_id, case_id, member_id);
CREATE INDEX counselling_case_household_of_member ON counselling_case_household (tenant_id, member_id)
  WHERE member_id IS NOT NULL;
