-- A counter per tenant that every change of what its public pages show raises (tenant, settings, the network's
-- organisations, offers and events: triggers in their modules' migrations). The cached public pages
-- (region.publicsite) compare it, so an edit shows at once on every instance, whoever or whatever made it.
CREATE TABLE public_content_version (
  tenant_id  UUID PRIMARY KEY,
  version    BIGINT NOT NULL
);

-- As the owner (SECURITY DEFINER): the application's database role needs to read the counter only.
-- Statement-level triggers with the changed rows as the transition table "changed": one upsert per statement and
-- tenant, however many rows an import writes.
CREATE FUNCTION raise_public_content_version() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  INSERT INTO public_content_version (tenant_id, version)
  SELECT DISTINCT tenant_id, 1 FROM changed
  ON CONFLICT (tenant_id) DO UPDATE SET version = public_content_version.version + 1;
  RETURN NULL;
END
$$;

-- The tenant table itself: its id is the tenant.
CREATE FUNCTION raise_public_content_version_of_tenant() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  INSERT INTO public_content_version (tenant_id, version)
  SELECT DISTINCT id, 1 FROM changed
  ON CONFLICT (tenant_id) DO UPDATE SET version = public_content_version.version + 1;
  RETURN NULL;
END
$$;
