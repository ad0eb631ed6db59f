ALTER TABLE "attachments" ALTER COLUMN "report_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "attachments" ALTER COLUMN "added_in_rev" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "unit_id" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "report_revisions" ADD COLUMN "attachment_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_unit_idx" ON "attachments" USING btree ("unit_id");--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_linked" CHECK (("attachments"."report_id" is null) = ("attachments"."added_in_rev" is null));