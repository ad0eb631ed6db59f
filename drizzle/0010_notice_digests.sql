ALTER TABLE "notifications" ADD COLUMN "digest_id" integer;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "due_on" date;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_digest_id_notifications_id_fk" FOREIGN KEY ("digest_id") REFERENCES "public"."notifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_digest_idx" ON "notifications" USING btree ("digest_id");