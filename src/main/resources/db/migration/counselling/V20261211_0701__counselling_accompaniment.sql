-- Accompaniment by a guide asked for from a counselling case: the guides module holds the
-- request (topic, languages, Gemeinde, time, a reference; no name, no note), this table
-- only which case asked for which request. No personal data: the guide gets the client's
-- first name and phone through the counselling module, read from the client while the
-- case has one and the consent is valid.
CREATE TABLE counselling_accompaniment (
  tenant_id      UUID NOT NULL,
  id             UUID NOT NULL,
  case_id        UUID NOT NULL,
  request_id     UUID NOT NULL,
  asked_by       UUID NOT NULL,
  asked_by_name  TEXT NOT NULL,
  asked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, request_id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES counselling_case (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX counselling_accompaniment_case ON counselling_accompaniment (tenant_id, case_id, asked_at DESC);
