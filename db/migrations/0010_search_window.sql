-- btree_gin (PostgreSQL contrib; PGlite loads it in db/connect.ts) lets one GIN index hold the
-- words, the language and the month, so a search for the newest matches of a common word reads
-- only a recent window of the index (lib/search/search.ts).
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
DROP INDEX "articles_search";--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "search_month" integer GENERATED ALWAYS AS ((extract(year from timezone('UTC', coalesce(first_published_at, published_at))) * 12 + extract(month from timezone('UTC', coalesce(first_published_at, published_at))) - 1)::integer) STORED;--> statement-breakpoint
CREATE INDEX "articles_search" ON "articles" USING gin ("search_vector","locale","search_month") WITH (fastupdate=false);