-- The public sign-up of volunteer guides (module guides, issue 15): a sign-up waits here until the person confirms it
-- by the link in the mail (double opt-in); confirming creates the guide profile and removes the sign-up's personal data
-- (email and form values); unconfirmed sign-ups are deleted after their expiry by the retention rule guides.signup.
-- Only a hash of the link's token is stored, so the table does not hold working links.
CREATE TABLE guide_signup (
  tenant_id         UUID NOT NULL,
  id                UUID NOT NULL,
  token_hash        TEXT NOT NULL,
  language          TEXT NOT NULL,
  email             TEXT,
  form_values       JSONB,
  consent_version   INT NOT NULL,
  consent_language  TEXT NOT NULL,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  confirmed_at      TIMESTAMP WITH TIME ZONE,
  guide_id          UUID,
  PRIMARY KEY (tenant_id, id),
  CHECK ((confirmed_at IS NULL) = (form_values IS NOT NULL))
);
CREATE UNIQUE INDEX guide_signup_token_idx ON guide_signup (tenant_id, token_hash);
CREATE INDEX guide_signup_expiry_idx ON guide_signup (tenant_id, expires_at);
