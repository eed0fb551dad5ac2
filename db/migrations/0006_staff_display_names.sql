CREATE TABLE "staff_display_names" (
	"user_id" integer NOT NULL,
	"locale" "locale" NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "staff_display_names_user_id_locale_pk" PRIMARY KEY("user_id","locale")
);
--> statement-breakpoint
ALTER TABLE "staff_display_names" ADD CONSTRAINT "staff_display_names_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;