-- Referrals (vermitteln) of a case to an organisation of the network (issue 17, counselling.referral). The
-- organisation is referenced by id only (the network module's table is never read: network.Organisations). What the
-- statistics count stays plain (organisation, its kind at sending, status, the data categories shared, the days);
-- the data packet as sent, the counsellor's reason, the organisation's answer and the counsellor's outcome note are
-- encrypted per field (shared.crypto.FieldEncryption, registered in referral.ReferralColumns). When the case is
-- anonymised (retention.CaseRetentionHook, referral.ReferralRetention) the sealed columns are set NULL.
CREATE TABLE counselling_referral (
  tenant_id            UUID NOT NULL,
  id                   UUID NOT NULL,
  case_id              UUID NOT NULL,
  organisation_id      UUID NOT NULL,
  organisation_kind    TEXT NOT NULL,
  status               TEXT NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED', 'DONE', 'REVOKED')),
  categories           TEXT[] NOT NULL,
  consent_ids          UUID[] NOT NULL,
  packet_sealed        BYTEA,
  reason_sealed        BYTEA,
  answer_sealed        BYTEA,
  outcome_sealed       BYTEA,
  sent_by              UUID NOT NULL,
  sent_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  answered_at          TIMESTAMP WITH TIME ZONE,
  answered_by          UUID,
  ended_at             TIMESTAMP WITH TIME ZONE,
  follow_up_on         DATE,
  follow_up_done_at    TIMESTAMP WITH TIME ZONE,
  follow_up_done_by    UUID,
  updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES counselling_case (tenant_id, id) ON DELETE CASCADE,
  CHECK (cardinality(categories) > 0),
  CHECK ((status IN ('PENDING', 'ACCEPTED')) = (ended_at IS NULL)),
  CHECK ((follow_up_done_at IS NULL) = (follow_up_done_by IS NULL))
);
CREATE INDEX counselling_referral_case ON counselling_referral (tenant_id, case_id, sent_at DESC);
-- the partner's incoming list: only active referrals of its organisation
CREATE INDEX counselling_referral_incoming ON counselling_referral (tenant_id, organisation_id, sent_at DESC)
  WHERE status IN ('PENDING', 'ACCEPTED');
-- the counsellor's start page: outcome checks due
CREATE INDEX counselling_referral_follow_up ON counselling_referral (tenant_id, sent_by, follow_up_on)
  WHERE follow_up_done_at IS NULL;
