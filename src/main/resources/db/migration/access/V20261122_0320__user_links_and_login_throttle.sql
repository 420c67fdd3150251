-- One-time links a user opens to set a password: invitation, password reset, setup of the first administrator.
-- Only a SHA-256 hash of the token is stored; the token travels in the mail (or the start-up log) only.
CREATE TABLE user_link (
  id          UUID PRIMARY KEY,
  tenant_id   UUID NOT NULL,
  user_id     UUID NOT NULL REFERENCES app_user (id),
  purpose     TEXT NOT NULL CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET', 'SETUP')),
  token_hash  TEXT NOT NULL UNIQUE,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX user_link_user_idx ON user_link (tenant_id, user_id);

-- Failed sign-ins per (username, client address) and per client address, shared by all instances. Not tenant-owned:
-- a failed sign-in belongs to no tenant yet.
CREATE TABLE login_throttle (
  throttle_key   TEXT PRIMARY KEY,
  failures       INT NOT NULL,
  window_start   TIMESTAMP WITH TIME ZONE NOT NULL,
  blocked_until  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX login_throttle_window_idx ON login_throttle (window_start);

CREATE INDEX app_user_email_idx ON app_user (lower(email));
