-- Appending to an audit hash chain in one statement (issue 16, Performance): the chain's lock, the read of its head,
-- the entry's hash and the insert in one round trip, so that the lock (held to the end of the transaction) is not
-- also held across three round trips between the application and the database. The caller (access.audit.
-- JdbcAuditLog) passes the entry's fields and its hashed content without the previous hash (the fields joined by
-- U+001F, exactly as the verification joins them); the hash is SHA-256 over the previous entry's hash, U+001F and
-- that content, in UTF-8, as before. The verification (access.audit.AuditChain) recomputes every hash from the
-- stored fields: an entry whose content did not match its fields would show as broken.
-- Runs with the caller's rights: the application's account may insert into audit_event, never change it.
CREATE FUNCTION audit_append(p_chain TEXT, p_tenant_id UUID, p_at TIMESTAMP WITH TIME ZONE, p_actor_id UUID,
                             p_actor_name TEXT, p_category TEXT, p_action TEXT, p_record_type TEXT, p_record_id TEXT,
                             p_reason TEXT, p_details TEXT, p_content TEXT)
  RETURNS BIGINT LANGUAGE plpgsql AS $$
DECLARE
  previous TEXT;
  appended BIGINT;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext(p_chain));
  SELECT hash INTO previous FROM audit_event WHERE chain = p_chain ORDER BY id DESC LIMIT 1;
  previous := coalesce(previous, repeat('0', 64));
  INSERT INTO audit_event (chain, tenant_id, at, actor_id, actor_name, category, action, record_type, record_id,
                           reason, details, previous_hash, hash)
  VALUES (p_chain, p_tenant_id, p_at, p_actor_id, p_actor_name, p_category, p_action, p_record_type, p_record_id,
          p_reason, p_details, previous,
          encode(sha256(convert_to(previous || chr(31) || p_content, 'UTF8')), 'hex'))
  RETURNING id INTO appended;
  RETURN appended;
END
$$;
