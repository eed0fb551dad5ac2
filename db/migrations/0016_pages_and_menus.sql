CREATE TYPE "public"."article_kind" AS ENUM('story', 'page');--> statement-breakpoint
CREATE TYPE "public"."menu_name" AS ENUM('header', 'footer');--> statement-breakpoint
CREATE TYPE "public"."menu_target" AS ENUM('section', 'page', 'tag', 'link');--> statement-breakpoint
CREATE TABLE "menu_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "menu_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"locale" "locale" NOT NULL,
	"menu" "menu_name" NOT NULL,
	"position" integer NOT NULL,
	"target" "menu_target" NOT NULL,
	"section_id" integer,
	"page_id" integer,
	"tag_id" integer,
	"url" text DEFAULT '' NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "menu_items_one_target" CHECK (("menu_items"."target" = 'section') = ("menu_items"."section_id" is not null)
        and ("menu_items"."target" = 'page') = ("menu_items"."page_id" is not null)
        and ("menu_items"."target" = 'tag') = ("menu_items"."tag_id" is not null)
        and ("menu_items"."target" = 'link') = ("menu_items"."url" <> '' and "menu_items"."label" <> ''))
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "kind" "article_kind" DEFAULT 'story' NOT NULL;--> statement-breakpoint
ALTER TABLE "menu_items" ADD CONSTRAINT "menu_items_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "menu_items" ADD CONSTRAINT "menu_items_page_id_articles_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "menu_items" ADD CONSTRAINT "menu_items_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "menu_items_menu" ON "menu_items" USING btree ("locale","menu","position");