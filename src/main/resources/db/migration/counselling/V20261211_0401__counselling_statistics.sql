-- Statistics of the Beratungsstelle (issue 17, part statistics).

-- Benefit status of a case (Leistungsbezug) at its start and at its closure, to count start × end for the funders.
-- Coarse codes only (which law the person's living is paid under), plain like the other counted columns of a case;
-- NULL = not recorded.
ALTER TABLE counselling_case
  ADD COLUMN benefit_at_start TEXT CHECK (benefit_at_start IN ('SGB_II', 'SGB_III', 'SGB_XII', 'ASYLBLG',
                                          'BAFOEG_TRAINING', 'NONE', 'UNKNOWN')),
  ADD COLUMN benefit_at_end   TEXT CHECK (benefit_at_end IN ('SGB_II', 'SGB_III', 'SGB_XII', 'ASYLBLG',
                                          'BAFOEG_TRAINING', 'NONE', 'UNKNOWN'));

-- The coarse statistical categories of a case's client, taken once per case from the client's encrypted fields
-- (statistics.StatisticalCategories): the age band at the case's opening, the nationality group, the gender and the
-- Gemeinde (region key). Only these four coarse values, never a name, a birth year, a nationality in words or any
-- text: the statistics count them in SQL without decrypting anything; every figure leaves the module suppressed
-- (counts 1–4 and their complements shown as x). The row goes with its case (ON DELETE CASCADE) and stays when the
-- retention anonymises the case (client_id NULL), so the counts of past years stay as they were.
CREATE TABLE counselling_case_category (
  tenant_id          UUID NOT NULL,
  case_id            UUID NOT NULL,
  age_band           TEXT NOT NULL CHECK (age_band IN ('UNDER_18', 'FROM_18_TO_26', 'FROM_27_TO_44',
                                                       'FROM_45_TO_64', 'FROM_65', 'UNKNOWN')),
  nationality_group  TEXT NOT NULL CHECK (nationality_group IN ('GERMAN', 'EU', 'UKRAINE', 'ASYLUM_ORIGIN',
                                                                'OTHER_THIRD_COUNTRY', 'STATELESS', 'UNKNOWN')),
  gender             TEXT NOT NULL CHECK (gender IN ('FEMALE', 'MALE', 'DIVERSE', 'NOT_STATED')),
  gemeinde           TEXT,
  recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, case_id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES counselling_case (tenant_id, id) ON DELETE CASCADE
);

-- The statistics select a tenant's cases by day opened and closed, and contacts by time.
CREATE INDEX counselling_case_opened ON counselling_case (tenant_id, opened_on);
CREATE INDEX counselling_contact_happened ON counselling_contact (tenant_id, happened_at);
