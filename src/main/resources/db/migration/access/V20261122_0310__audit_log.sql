-- The audit log: append-only, one hash chain per tenant ('platform' for entries without a tenant).
CREATE TABLE audit_event (
  id            BIGSERIAL PRIMARY KEY,
  chain         TEXT NOT NULL,
  tenant_id     UUID,
  at            TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_id      UUID,
  actor_name    TEXT,
  category      TEXT NOT NULL,
  action        TEXT NOT NULL,
  record_type   TEXT,
  record_id     TEXT,
  reason        TEXT,
  details       TEXT,
  previous_hash CHAR(64) NOT NULL,
  hash          CHAR(64) NOT NULL
);
CREATE INDEX audit_event_tenant_idx ON audit_event (tenant_id, at DESC);
CREATE INDEX audit_event_chain_idx ON audit_event (chain, id);

CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
