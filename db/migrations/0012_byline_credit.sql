ALTER TABLE "articles" ADD COLUMN "byline_credit" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "credit_only" boolean DEFAULT false NOT NULL;