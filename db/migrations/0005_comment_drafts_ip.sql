ALTER TABLE "comment_drafts" ADD COLUMN "ip_hash" text;--> statement-breakpoint
CREATE INDEX "comment_drafts_ip" ON "comment_drafts" USING btree ("ip_hash","expires_at");