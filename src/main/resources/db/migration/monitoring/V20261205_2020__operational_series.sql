-- Operational statistics (issue 12): a module publishes its own counts as series of its tenant (format OPERATIONAL),
-- titled in German (label) and English (label_en; NULL for imported series, whose files give one title).
ALTER TABLE statistics_series ADD COLUMN label_en TEXT;
