-- Feedback on a portal page ("War diese Seite hilfreich?", issue 19): yes or no and an optional comment, per page and
-- language, no personal data asked. Comments are cleared after 180 days (retention rule portal.feedback.comment); the
-- yes/no answers stay for the page's figures and go with the page.
CREATE TABLE portal_feedback (
  tenant_id   UUID NOT NULL,
  id          UUID NOT NULL,
  page_id     UUID NOT NULL,
  language    TEXT NOT NULL,
  helpful     BOOLEAN NOT NULL,
  comment     TEXT,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, page_id) REFERENCES portal_page (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX portal_feedback_page_idx ON portal_feedback (tenant_id, page_id, created_at DESC);
CREATE INDEX portal_feedback_created_idx ON portal_feedback (tenant_id, created_at DESC, id);

-- Barriers reported on the accessibility statement (the feedback mechanism of BITV 2.0 § 7): where, what, and a
-- contact only if the reporter wants an answer. Deleted two years after they were reported (retention rule
-- portal.barrier-report).
CREATE TABLE portal_barrier_report (
  tenant_id    UUID NOT NULL,
  id           UUID NOT NULL,
  language     TEXT NOT NULL,
  address      TEXT,
  description  TEXT NOT NULL,
  contact      TEXT,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX portal_barrier_report_created_idx ON portal_barrier_report (tenant_id, created_at DESC, id);
