CREATE TABLE "article_view_hours" (
	"article_id" integer NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"views" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "article_view_hours_article_id_hour_pk" PRIMARY KEY("article_id","hour")
);
--> statement-breakpoint
CREATE TABLE "article_view_seen" (
	"hour" timestamp with time zone NOT NULL,
	"article_id" integer NOT NULL,
	"visitor" text NOT NULL,
	CONSTRAINT "article_view_seen_hour_article_id_visitor_pk" PRIMARY KEY("hour","article_id","visitor")
);
--> statement-breakpoint
ALTER TABLE "article_view_hours" ADD CONSTRAINT "article_view_hours_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_view_hours_hour" ON "article_view_hours" USING btree ("hour");