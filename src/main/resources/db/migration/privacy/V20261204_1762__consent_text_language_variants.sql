-- A consent text may be written in a variant of a language of the language list, Leichte Sprache (de-x-ls) above all
-- (issue 12); which codes are known is checked by the application against region.Languages.
ALTER TABLE consent_text DROP CONSTRAINT consent_text_language_check;
ALTER TABLE consent_text ADD CONSTRAINT consent_text_language_check
  CHECK (language ~ '^[a-z]{2,3}(-x-[a-z0-9]{1,8})?$');
