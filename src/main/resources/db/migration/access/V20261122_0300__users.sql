-- Users of a tenant. Usernames are unique across the platform: the login form has no tenant field.
CREATE TABLE app_user (
  id                UUID PRIMARY KEY,
  tenant_id         UUID NOT NULL,
  username          TEXT NOT NULL,
  email             TEXT,
  display_name      TEXT NOT NULL,
  password_hash     TEXT,
  active            BOOLEAN NOT NULL DEFAULT TRUE,
  organisation_id   UUID,
  guide_profile_id  UUID,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  deactivated_at    TIMESTAMP WITH TIME ZONE,
  password_changed_at TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX app_user_username_uq ON app_user (lower(username));
CREATE INDEX app_user_tenant_idx ON app_user (tenant_id, display_name);

CREATE TABLE user_role (
  tenant_id  UUID NOT NULL,
  user_id    UUID NOT NULL REFERENCES app_user (id),
  role       TEXT NOT NULL,
  PRIMARY KEY (tenant_id, user_id, role)
);

-- Personal API tokens: only a SHA-256 hash is stored; the token is shown once.
CREATE TABLE api_token (
  id            UUID PRIMARY KEY,
  tenant_id     UUID NOT NULL,
  user_id       UUID NOT NULL REFERENCES app_user (id),
  name          TEXT NOT NULL,
  token_hash    TEXT NOT NULL UNIQUE,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  last_used_at  TIMESTAMP WITH TIME ZONE,
  revoked_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_user_idx ON api_token (tenant_id, user_id);
