-- Files sent with a mail of the outbox (e.g. the council's invitation with its agenda as PDF). Deleted with the mail.
CREATE TABLE mail_outbox_attachment (
  mail_id    UUID NOT NULL REFERENCES mail_outbox (id) ON DELETE CASCADE,
  position   INT NOT NULL,
  file_name  TEXT NOT NULL,
  mime_type  TEXT NOT NULL,
  size       INT NOT NULL CHECK (size >= 0),
  content    BYTEA NOT NULL,
  PRIMARY KEY (mail_id, position)
);
