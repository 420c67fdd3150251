-- Search of the public portal (issue 19): a stored tsvector per page version in its language's dictionary, and two
-- transliteration-tolerant keys beside it, all kept current by a trigger (whoever writes portal_version).
-- unaccent is a trusted extension (like pg_trgm, created by the network's migration): the owner role may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- The text search configuration of a language code: PostgreSQL's Snowball dictionary where it has one for the
-- language, 'simple' (no stemming, no stop words) otherwise (Ukrainian, Farsi, Dari, Kurdish, Tigrinya, Polish, …).
CREATE FUNCTION portal_search_config(language TEXT) RETURNS regconfig LANGUAGE sql STABLE AS $$
  SELECT (CASE language
    WHEN 'de' THEN 'german' WHEN 'en' THEN 'english' WHEN 'ru' THEN 'russian' WHEN 'tr' THEN 'turkish'
    WHEN 'ar' THEN 'arabic' WHEN 'fr' THEN 'french' WHEN 'es' THEN 'spanish' WHEN 'it' THEN 'italian'
    WHEN 'pt' THEN 'portuguese' WHEN 'nl' THEN 'dutch' WHEN 'el' THEN 'greek' WHEN 'ro' THEN 'romanian'
    WHEN 'sr' THEN 'serbian' WHEN 'hu' THEN 'hungarian' WHEN 'hi' THEN 'hindi' WHEN 'ne' THEN 'nepali'
    WHEN 'hy' THEN 'armenian' WHEN 'ta' THEN 'tamil' WHEN 'yi' THEN 'yiddish' WHEN 'id' THEN 'indonesian'
    WHEN 'da' THEN 'danish' WHEN 'sv' THEN 'swedish' WHEN 'nb' THEN 'norwegian' WHEN 'no' THEN 'norwegian'
    WHEN 'fi' THEN 'finnish' WHEN 'lt' THEN 'lithuanian' WHEN 'ga' THEN 'irish' WHEN 'eu' THEN 'basque'
    WHEN 'ca' THEN 'catalan'
    ELSE 'simple' END)::regconfig
$$;

-- The text of the cleaned HTML (portal.page.PageHtml): tags removed, the entities jsoup writes decoded.
CREATE FUNCTION portal_search_plain(html TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
  SELECT replace(replace(replace(replace(replace(replace(
    regexp_replace(coalesce(html, ''), '<[^>]*>', ' ', 'g'),
    '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&')
$$;

-- The folded words of a text: lower case, accents removed (unaccent: ü → u, ß → ss, é → e), the German spellings
-- without umlauts folded alike (ue → u, ae → a, oe → o), so that Müller, Mueller and Muller, Osnabrück and
-- Osnabrueck give the same word; every character but letters and digits (of the Latin, Greek, Cyrillic, Armenian,
-- Hebrew, Arabic, Devanagari, Tamil, Georgian and Ethiopic scripts) separates words.
CREATE FUNCTION portal_search_fold(value TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
  SELECT btrim(regexp_replace(
    replace(replace(replace(unaccent(lower(coalesce(value, ''))), 'ae', 'a'), 'oe', 'o'), 'ue', 'u'),
    '[^0-9a-z\u00DF-\u024F\u0370-\u058F\u0590-\u05FF\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\u0900-\u097F\u0B80-\u0BFF\u10A0-\u10FF\u1200-\u137F\uFB50-\uFDFF\uFE70-\uFEFF]+',
    ' ', 'g'))
$$;

-- The consonant skeleton of the Latin words of a text (its first letter, then its consonants without doubling),
-- words of four letters or more whose skeleton has three letters or more: names written in Latin letters in
-- different ways meet (Mohammed, Muhammad, Mohamed → mhmd; Youssef, Yusuf → ysf; Müller, Mueller → mlr).
CREATE FUNCTION portal_search_skeleton(value TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
  SELECT coalesce(string_agg(s, ' '), '') FROM (
    SELECT regexp_replace(left(w, 1) || regexp_replace(substr(w, 2), '[aeiouy]', '', 'g'), '(.)\1+', '\1', 'g') AS s
    FROM regexp_split_to_table(portal_search_fold(value), ' ') AS w
    WHERE w ~ '^[a-z]{4,}$') AS skeletons
  WHERE length(s) >= 3
$$;

-- A query of the words of a folded text or skeleton, all of them required ('simple'); prefixes when asked (a word
-- being typed); null when there is no word.
CREATE FUNCTION portal_search_words(words TEXT, prefix BOOLEAN) RETURNS tsquery LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN btrim(coalesce(words, '')) = '' THEN NULL ELSE
    to_tsquery('simple', (SELECT string_agg(quote_literal(w) || CASE WHEN prefix THEN ':*' ELSE '' END, ' & ')
      FROM regexp_split_to_table(btrim(words), '\s+') AS w)) END
$$;

ALTER TABLE portal_version
  ADD COLUMN search_vector TSVECTOR NOT NULL DEFAULT ''::tsvector,
  ADD COLUMN search_key TSVECTOR NOT NULL DEFAULT ''::tsvector,
  ADD COLUMN search_skeleton TSVECTOR NOT NULL DEFAULT ''::tsvector;

CREATE FUNCTION portal_version_search() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  plain TEXT := portal_search_plain(NEW.body);
  config regconfig := portal_search_config(NEW.language);
BEGIN
  NEW.search_vector := setweight(to_tsvector(config, NEW.title), 'A')
    || setweight(to_tsvector(config, coalesce(NEW.summary, '')), 'B')
    || setweight(to_tsvector(config, plain), 'C');
  NEW.search_key := to_tsvector('simple', portal_search_fold(concat_ws(' ', NEW.title, NEW.summary, plain)));
  NEW.search_skeleton := to_tsvector('simple', portal_search_skeleton(concat_ws(' ', NEW.title, NEW.summary, plain)));
  RETURN NEW;
END
$$;

CREATE TRIGGER portal_version_search BEFORE INSERT OR UPDATE OF title, summary, body, language ON portal_version
  FOR EACH ROW EXECUTE FUNCTION portal_version_search();

UPDATE portal_version SET title = title;

CREATE INDEX portal_version_search_vector ON portal_version USING gin (search_vector);
CREATE INDEX portal_version_search_key ON portal_version USING gin (search_key);
CREATE INDEX portal_version_search_skeleton ON portal_version USING gin (search_skeleton);

-- Statistics without personal data: counters only (no address, no cookie, no user agent). Views of a page in a
-- language on a day (Europe/Berlin), and searches that found nothing in the visitor's language, by their normalised
-- text (queries that look like personal data are never stored: portal.statistics.SearchMisses).
CREATE TABLE portal_page_view (
  tenant_id  UUID NOT NULL,
  page_id    UUID NOT NULL,
  language   TEXT NOT NULL,
  day        DATE NOT NULL,
  views      BIGINT NOT NULL CHECK (views >= 0),
  PRIMARY KEY (tenant_id, page_id, language, day),
  FOREIGN KEY (tenant_id, page_id) REFERENCES portal_page (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX portal_page_view_by_day ON portal_page_view (tenant_id, day);

CREATE TABLE portal_search_miss (
  tenant_id  UUID NOT NULL,
  language   TEXT NOT NULL,
  day        DATE NOT NULL,
  query      TEXT NOT NULL CHECK (length(query) BETWEEN 1 AND 100),
  searches   BIGINT NOT NULL CHECK (searches >= 0),
  PRIMARY KEY (tenant_id, day, language, query)
);
