-- Tenants: the Träger of an integration office (a Stadt or a Landkreis). Everything operational belongs to one.
CREATE TABLE tenant (
  id              UUID PRIMARY KEY,
  slug            TEXT NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name            TEXT NOT NULL,
  home_region_key TEXT NOT NULL,
  demo            BOOLEAN NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- Settings a tenant's ADMIN maintains; used by pages, mails and reports.
CREATE TABLE tenant_settings (
  tenant_id       UUID PRIMARY KEY REFERENCES tenant (id),
  office_name     TEXT,
  street          TEXT,
  postcode        TEXT,
  city            TEXT,
  office_hours    TEXT,
  phone           TEXT,
  email           TEXT,
  website         TEXT,
  imprint_text    TEXT,
  privacy_text    TEXT,
  logo            BYTEA,
  logo_type       TEXT,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  version         INT NOT NULL DEFAULT 0
);
