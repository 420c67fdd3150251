-- The languages a tenant's public pages offer (codes of reference/languages/languages.tsv, in the order shown).
-- NULL: the platform's default set (Languages.PUBLIC_DEFAULT), so that the one list lives in the code.
-- A change raises public_content_version through the tenant_settings triggers, so cached pages of a language no
-- longer offered are never served again.
ALTER TABLE tenant_settings ADD COLUMN public_languages text[]
  CHECK (public_languages IS NULL OR cardinality(public_languages) > 0);
