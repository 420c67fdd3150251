-- Issue 11: an OIDC identity (issuer + subject) is bound to one local user at its first sign-in; later sign-ins match
-- on it only, never on a changeable name or e-mail address.
ALTER TABLE app_user ADD COLUMN oidc_issuer TEXT;
ALTER TABLE app_user ADD COLUMN oidc_subject TEXT;
ALTER TABLE app_user ADD CONSTRAINT app_user_oidc_identity_complete
  CHECK ((oidc_issuer IS NULL) = (oidc_subject IS NULL));
CREATE UNIQUE INDEX app_user_oidc_identity ON app_user (oidc_issuer, oidc_subject) WHERE oidc_subject IS NOT NULL;
