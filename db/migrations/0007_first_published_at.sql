ALTER TABLE "articles" ADD COLUMN "first_published_at" timestamp with time zone;--> statement-breakpoint
-- Stories that were already online keep the date they had: until now published_at was kept on unpublish and republish.
UPDATE "articles" SET "first_published_at" = "published_at" WHERE "published_at" IS NOT NULL AND "published_at" <= now();
