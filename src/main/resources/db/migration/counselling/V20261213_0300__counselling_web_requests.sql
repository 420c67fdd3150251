-- Requests for counselling sent on the public portal ("Beratung anfragen", issue 19): the minimum a counsellor needs
-- to answer. Name or alias, phone, e-mail and the message are encrypted per field (shared.crypto.FieldEncryption);
-- the preferred language, Gemeinde and topic are codes. A request is taken over (a client is created with its data
-- and the request deleted) or declined (deleted); one nobody answered is deleted after 30 days (the retention rule
-- counselling.web-request.unanswered). The consent is recorded by its text's version and language.
CREATE TABLE counselling_web_request (
  tenant_id           UUID NOT NULL,
  id                  UUID NOT NULL,
  page_language       TEXT NOT NULL,
  name_sealed         BYTEA NOT NULL,
  phone_sealed        BYTEA,
  email_sealed        BYTEA,
  preferred_language  TEXT NOT NULL,
  gemeinde            TEXT,
  topic               TEXT,
  message_sealed      BYTEA,
  consent_version     INTEGER NOT NULL,
  consent_language    TEXT NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CHECK (phone_sealed IS NOT NULL OR email_sealed IS NOT NULL)
);
CREATE INDEX counselling_web_request_created_idx ON counselling_web_request (tenant_id, created_at, id);
