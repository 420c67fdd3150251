-- At most one pending change per entry: two submissions that raced used to leave two, and the entry's page then
-- failed. Earlier duplicates keep the newest pending change; the others count as superseded by it (a contact
-- person's superseded proposal is emptied, as ChangeStore does).
UPDATE network_change c
SET status = 'SUPERSEDED',
    decided_at = newer.submitted_at,
    proposed = CASE WHEN c.entity_type = 'CONTACT' THEN '{}'::jsonb ELSE c.proposed END
FROM network_change newer
WHERE c.status = 'PENDING' AND newer.status = 'PENDING'
  AND newer.tenant_id = c.tenant_id AND newer.entity_id = c.entity_id
  AND (newer.submitted_at, newer.id) > (c.submitted_at, c.id)
  AND NOT EXISTS (SELECT 1 FROM network_change newest
                  WHERE newest.status = 'PENDING' AND newest.tenant_id = c.tenant_id
                    AND newest.entity_id = c.entity_id
                    AND (newest.submitted_at, newest.id) > (newer.submitted_at, newer.id));

CREATE UNIQUE INDEX network_change_one_pending_idx ON network_change (tenant_id, entity_id) WHERE status = 'PENDING';
