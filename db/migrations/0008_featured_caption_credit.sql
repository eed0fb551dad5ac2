ALTER TABLE "articles" ADD COLUMN "featured_caption" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "featured_credit" text DEFAULT '' NOT NULL;