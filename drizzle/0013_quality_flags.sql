CREATE TABLE "quality_flag_dismissals" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "quality_flag_dismissals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"report_id" integer NOT NULL,
	"content_rev" integer NOT NULL,
	"flag" text NOT NULL,
	"reason" text NOT NULL,
	"dismissed_by" integer,
	"dismissed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "quality_flag_dismissals_reason" CHECK (length(trim("quality_flag_dismissals"."reason")) > 0)
);
--> statement-breakpoint
ALTER TABLE "plan_rules" ADD COLUMN "quality" jsonb;--> statement-breakpoint
ALTER TABLE "quality_flag_dismissals" ADD CONSTRAINT "quality_flag_dismissals_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_flag_dismissals" ADD CONSTRAINT "quality_flag_dismissals_dismissed_by_accounts_id_fk" FOREIGN KEY ("dismissed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "quality_flag_dismissals_one" ON "quality_flag_dismissals" USING btree ("report_id","content_rev","flag");