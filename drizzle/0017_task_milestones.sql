-- A task keeps its plan for each quarter as the notice's schedule writes it (进度安排 over
-- 第一季度…第四季度): [{ quarter: 1-4, text }] in quarter order; tasks imported before keep none.
ALTER TABLE "tasks" ADD COLUMN "milestones" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_milestones_list" CHECK (jsonb_typeof("tasks"."milestones") = 'array');
