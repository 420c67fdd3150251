-- The last verified point of each audit hash chain (issue 11, point 17): a view of the audit log re-hashes only the
-- entries after it instead of the whole chain. Written by a full check of the chain (started by the privacy officer
-- on /audit, and nightly): the last entry up to which the chain was intact, with its hash, and when.
CREATE TABLE audit_checkpoint (
  chain          TEXT PRIMARY KEY,
  verified_id    BIGINT NOT NULL,
  verified_hash  CHAR(64) NOT NULL,
  full_check_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  intact         BOOLEAN NOT NULL
);
