-- The version of a client's row, counted up by every change of its values or responsible counsellor (ClientStore). A
-- counsellor's list by name keeps its order while none of the listed clients changed (client.ClientOrder): it reads
-- the ids and versions of the counsellor's clients from the index alone (an index-only scan) instead of their rows,
-- which lie scattered over the table (benchmark bench/counselling-load.sh: 2 000 of 50 000 clients, about 2 000 pages).
ALTER TABLE counselling_client ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
DROP INDEX counselling_client_responsible;
CREATE INDEX counselling_client_responsible ON counselling_client (tenant_id, responsible_id) INCLUDE (id, version);
