CREATE TABLE "captcha_nonces" (
	"nonce" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "captcha_nonces_expires" ON "captcha_nonces" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "comments_ip_created" ON "comments" USING btree ("ip_hash","created_at");