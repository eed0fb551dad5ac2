-- Reader search (lib/search). Extensions from PostgreSQL's contrib set, trusted since PostgreSQL 13
-- (a database owner may create them); PGlite loads the same two (db/connect.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "search_vector" "tsvector";--> statement-breakpoint
-- One configuration per article language: the Snowball stemmer of that language, with accents
-- folded first (unaccent) so that "deputes" finds "députés" and headlines mark the original word.
CREATE TEXT SEARCH CONFIGURATION maydan_en (COPY = english);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION maydan_en ALTER MAPPING FOR word, hword, hword_part WITH unaccent, english_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION maydan_fr (COPY = french);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION maydan_fr ALTER MAPPING FOR word, hword, hword_part WITH unaccent, french_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION maydan_ar (COPY = arabic);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION maydan_ar ALTER MAPPING FOR word, hword, hword_part WITH unaccent, arabic_stem;--> statement-breakpoint
-- The one normalization applied to indexed text and to queries alike (lib/search/README in the
-- README's "Search" section explains each choice):
-- * NFC, so decomposed accents and hamza fold like composed ones;
-- * invisible format characters removed: soft hyphen, zero-width space and (non-)joiners,
--   direction marks, embeddings and isolates, word joiner, BOM. The word parser of a PostgreSQL
--   server (glibc) reads them as spaces, PGlite's (musl) as letters: without them both drivers
--   cut the same words;
-- * Arabic: tashkeel U+064B–U+065F, superscript alef U+0670 and tatweel U+0640 removed;
--   أ إ آ ٱ → ا and ى → ي; Arabic-Indic and Persian digits → 0–9;
-- * a word-final ه after at least three letters is read as ة (مدرسه → مدرسة), since readers often
--   type one for the other. Not the other way round: the Snowball stemmer removes a final ة with
--   or without the article (المدرسة and مدرسة → مدرس) but a final ه only without it (المدرسه →
--   مدرسه), so folding ة → ه would part الميزانية from ميزانية. A true final ه (كتابه, his book)
--   stems as before (كتابه and كتابة → كتاب); shorter words (منه، فيه، وجه) are left alone;
-- * the conjunctions و and ف before the article ال are detached when at least three letters
--   follow it (والمعلمين → المعلمين), which the stemmer does not do; shorter words such as والد
--   and والي are left whole. Other prefixes (بال، كال، لل، وبال…) the stemmer already removes.
CREATE FUNCTION maydan_search_normalize(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN regexp_replace(regexp_replace(
  translate(
    normalize(t, NFC),
    E'\u0623\u0625\u0622\u0671\u0649'
      || E'\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669'
      || E'\u06F0\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9'
      || E'\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0659\u065A\u065B\u065C\u065D\u065E\u065F'
      || E'\u0670\u0640\uE000\uE001'
      || E'\u00AD\u034F\u061C\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E'
      || E'\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\uFEFF',
    E'\u0627\u0627\u0627\u0627\u064A' || '0123456789' || '0123456789'
  ),
  E'(^|[^\u0621-\u064A])[\u0648\u0641](\u0627\u0644[\u0621-\u064A]{3,})',
  '\1\2',
  'g'
), E'([\u0621-\u064A]{3})\u0647(?![\u0621-\u064A])', E'\\1\u0629', 'g');--> statement-breakpoint
-- The text of the sanitized body HTML (lib/sanitize.ts writes only these entities).
CREATE FUNCTION maydan_html_text(html text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN btrim(regexp_replace(replace(replace(replace(replace(replace(replace(
  regexp_replace(html, '<[^>]*>', ' ', 'g'),
  '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&'), '\s+', ' ', 'g'));--> statement-breakpoint
CREATE FUNCTION maydan_search_config(l locale) RETURNS regconfig
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE l WHEN 'ar' THEN 'maydan_ar'::regconfig WHEN 'fr' THEN 'maydan_fr'::regconfig ELSE 'maydan_en'::regconfig END;--> statement-breakpoint
-- A story's search document: headline A, dek B, tags and section name B, body text C.
CREATE FUNCTION maydan_article_document(p_id integer, p_locale locale, p_title text, p_dek text, p_body text, p_section_id integer)
RETURNS tsvector LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT setweight(to_tsvector(c.cfg, maydan_search_normalize(p_title)), 'A')
      || setweight(to_tsvector(c.cfg, maydan_search_normalize(p_dek)), 'B')
      || setweight(to_tsvector(c.cfg, maydan_search_normalize(
           coalesce((SELECT string_agg(t.name, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = p_id), '')
           || ' ' ||
           coalesce((SELECT st.name FROM section_translations st WHERE st.section_id = p_section_id AND st.locale = p_locale), '')
         )), 'B')
      || setweight(to_tsvector(c.cfg, maydan_search_normalize(maydan_html_text(p_body))), 'C')
  FROM (SELECT maydan_search_config(p_locale) AS cfg) c
$$;--> statement-breakpoint
CREATE FUNCTION maydan_articles_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := maydan_article_document(NEW.id, NEW.locale, NEW.title, NEW.dek, NEW.body, NEW.section_id);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER articles_search BEFORE INSERT OR UPDATE OF title, dek, body, section_id, locale ON articles
FOR EACH ROW EXECUTE FUNCTION maydan_articles_search();--> statement-breakpoint
CREATE FUNCTION maydan_refresh_article_documents(ids integer[]) RETURNS void LANGUAGE sql AS $$
  UPDATE articles a SET search_vector = maydan_article_document(a.id, a.locale, a.title, a.dek, a.body, a.section_id)
  WHERE a.id = ANY(ids)
$$;--> statement-breakpoint
CREATE FUNCTION maydan_article_tags_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM maydan_refresh_article_documents(ARRAY(SELECT DISTINCT article_id FROM added));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION maydan_article_tags_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM maydan_refresh_article_documents(ARRAY(SELECT DISTINCT article_id FROM removed));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER article_tags_search_added AFTER INSERT ON article_tags REFERENCING NEW TABLE AS added
FOR EACH STATEMENT EXECUTE FUNCTION maydan_article_tags_added();--> statement-breakpoint
CREATE TRIGGER article_tags_search_removed AFTER DELETE ON article_tags REFERENCING OLD TABLE AS removed
FOR EACH STATEMENT EXECUTE FUNCTION maydan_article_tags_removed();--> statement-breakpoint
CREATE FUNCTION maydan_tags_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM maydan_refresh_article_documents(ARRAY(SELECT article_id FROM article_tags WHERE tag_id = NEW.id));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER tags_search AFTER UPDATE OF name ON tags
FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION maydan_tags_renamed();--> statement-breakpoint
CREATE FUNCTION maydan_section_names_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed section_translations%ROWTYPE;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
  PERFORM maydan_refresh_article_documents(ARRAY(
    SELECT id FROM articles WHERE section_id = changed.section_id AND locale = changed.locale));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER section_translations_search AFTER INSERT OR DELETE OR UPDATE OF name ON section_translations
FOR EACH ROW EXECUTE FUNCTION maydan_section_names_changed();--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "rate_limits_bucket_key_window_start_pk" PRIMARY KEY("bucket","key","window_start")
);
--> statement-breakpoint
UPDATE articles SET search_vector = maydan_article_document(id, locale, title, dek, body, section_id);--> statement-breakpoint
CREATE INDEX "rate_limits_window" ON "rate_limits" USING btree ("window_start");--> statement-breakpoint
-- fastupdate off: every write goes into the index at once instead of a pending list that only
-- VACUUM merges. PGlite runs no autovacuum, and with a pending list the planner (rightly) costs
-- the index above a sequential scan after a bulk load; newsroom writes are few, searches many.
CREATE INDEX "articles_search" ON "articles" USING gin ("search_vector") WITH (fastupdate = off);--> statement-breakpoint
CREATE INDEX "articles_title_trgm" ON "articles" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "tags_name_trgm" ON "tags" USING gin ("name" gin_trgm_ops);
