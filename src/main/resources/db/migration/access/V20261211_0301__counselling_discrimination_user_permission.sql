-- Permissions an ADMIN grants to named users beside their roles (shared.security.Permission), e.g.
-- DISCRIMINATION_COMPLAINTS for the counsellors of the anti-discrimination counselling. Only a user holding the
-- permission's role may hold it (checked by the user administration, and again on every request); every grant and
-- revocation is audited (ROLE_CHANGE).
CREATE TABLE user_permission (
  tenant_id   UUID NOT NULL,
  user_id     UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  permission  TEXT NOT NULL CHECK (permission IN ('DISCRIMINATION_COMPLAINTS')),
  granted_by  UUID,
  granted_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, user_id, permission)
);
