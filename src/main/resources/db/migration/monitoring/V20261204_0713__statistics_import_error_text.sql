-- The reason of a failed import as people read it: a message key and its arguments,
-- rendered in the reader's language (the column error keeps the technical text).
ALTER TABLE statistics_import ADD COLUMN error_key text;
ALTER TABLE statistics_import ADD COLUMN error_arguments jsonb;
