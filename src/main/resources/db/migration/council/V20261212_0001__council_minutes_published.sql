-- When the office published the public part of a meeting's minutes (results, votes, the minutes file); null while the
-- minutes are still being written. Public pages and OParl show results and minutes only once published.
ALTER TABLE council_meeting ADD COLUMN minutes_published_at TIMESTAMP WITH TIME ZONE;
UPDATE council_meeting SET minutes_published_at = modified_at WHERE state = 'HELD';
