-- Structured weekly opening hours of organisations (issue 19, the portal's directory): one line per weekday with its
-- time ranges, Monday first, as OpeningHours writes them ("Mo 09:00-12:00, 14:00-16:00"); the free text
-- opening_hours stays as a note. NULL: no structured hours.
ALTER TABLE network_organisation ADD COLUMN weekly_hours TEXT
  CHECK (weekly_hours ~ '^(Mo|Di|Mi|Do|Fr|Sa|So) [0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2}(, [0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2})*(\n(Mo|Di|Mi|Do|Fr|Sa|So) [0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2}(, [0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2})*)*$');
