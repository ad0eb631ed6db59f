ALTER TABLE "plan_import_previews" ADD COLUMN "source" "bytea";--> statement-breakpoint
ALTER TABLE "plan_import_previews" ADD COLUMN "column_roles" jsonb;--> statement-breakpoint
ALTER TABLE "plan_import_previews" ADD COLUMN "decisions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "carried_from_task_id" integer;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_carried_from_task_id_tasks_id_fk" FOREIGN KEY ("carried_from_task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;