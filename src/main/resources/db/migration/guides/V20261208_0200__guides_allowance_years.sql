-- The office's allowance settings of a year for its guides' expense statements: the tax-free Ehrenamtspauschale cap
-- of the year (§ 3 Nr. 26a EStG), the allowance per hour (Aufwandsentschädigung) and the kilometre rate (travel refund,
-- not counted against the cap), all in euro cents. A year without a row uses the row of the latest earlier year. A
-- tenant's first rows are copied from guide_allowance_default when its settings are first read (guides.expense).
CREATE TABLE guide_allowance_year (
  tenant_id             UUID NOT NULL,
  year                  INT NOT NULL CHECK (year BETWEEN 2013 AND 2100),
  tax_free_cap_cents    BIGINT NOT NULL CHECK (tax_free_cap_cents BETWEEN 0 AND 100000000),
  hour_rate_cents       BIGINT NOT NULL CHECK (hour_rate_cents BETWEEN 0 AND 100000),
  kilometre_rate_cents  BIGINT NOT NULL CHECK (kilometre_rate_cents BETWEEN 0 AND 10000),
  changed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by            TEXT NOT NULL,
  PRIMARY KEY (tenant_id, year)
);

-- Shipped starting values (reference data of no tenant): the Ehrenamtspauschale was 720 € a year from 2013, 840 € from
-- 2021 and is 960 € from 2026; 8,00 € an hour and 0,30 € a kilometre are examples the office changes.
CREATE TABLE guide_allowance_default (
  year                  INT PRIMARY KEY CHECK (year BETWEEN 2013 AND 2100),
  tax_free_cap_cents    BIGINT NOT NULL,
  hour_rate_cents       BIGINT NOT NULL,
  kilometre_rate_cents  BIGINT NOT NULL
);
INSERT INTO guide_allowance_default (year, tax_free_cap_cents, hour_rate_cents, kilometre_rate_cents) VALUES
  (2013, 72000, 800, 30),
  (2021, 84000, 800, 30),
  (2026, 96000, 800, 30);
