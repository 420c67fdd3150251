-- Regions: the German administrative hierarchy from the Destatis Gemeindeverzeichnis (reference data of every
-- tenant, loaded at start by the region module; see de.teilhabe.region.hierarchy.Gemeindeverzeichnis).
CREATE TABLE region (
  key               TEXT PRIMARY KEY CHECK (key ~ '^[0-9]+$' AND length(key) IN (2, 3, 5, 8, 9)),
  level             TEXT NOT NULL CHECK (level IN ('LAND', 'REGIERUNGSBEZIRK', 'KREIS', 'GEMEINDEVERBAND', 'GEMEINDE')),
  ags               TEXT,
  ars               TEXT NOT NULL UNIQUE,
  name              TEXT NOT NULL,
  search_name       TEXT NOT NULL,
  parent_key        TEXT,
  verband_key       TEXT,
  population        BIGINT,
  male              BIGINT,
  female            BIGINT,
  area              NUMERIC(10, 2),
  kind_code         TEXT,
  kind              TEXT,
  postcode          TEXT,
  latitude          NUMERIC,
  longitude         NUMERIC,
  urbanisation_code TEXT,
  urbanisation      TEXT,
  gebietsstand      DATE NOT NULL
);
CREATE INDEX region_parent_idx ON region (parent_key, level, key);
CREATE INDEX region_verband_idx ON region (verband_key, key);

-- Which edition of the Gemeindeverzeichnis the region table holds: loaded once per edition.
CREATE TABLE region_edition (
  edition         TEXT PRIMARY KEY,
  gebietsstand    DATE NOT NULL,
  population_date DATE NOT NULL,
  regions         INT NOT NULL,
  loaded_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
