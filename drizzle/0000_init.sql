CREATE TABLE "accounts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "accounts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"login" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"unit_id" integer,
	"must_change_password" boolean DEFAULT true NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"disabled_at" timestamp with time zone,
	"password_changed_at" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "accounts_login_unique" UNIQUE("login"),
	CONSTRAINT "accounts_role" CHECK ("accounts"."role" in ('admin', 'supervisor', 'reporter', 'approver', 'leader')),
	CONSTRAINT "accounts_unit_for_unit_roles" CHECK (("accounts"."role" in ('reporter', 'approver')) = ("accounts"."unit_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "login_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"login" text NOT NULL,
	"ip" text,
	"at" timestamp with time zone NOT NULL,
	"succeeded" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sessions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"account_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"ip" text,
	"user_agent" text,
	CONSTRAINT "sessions_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_account_id" integer,
	"actor_label" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "import_issues" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "import_issues_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"severity" text NOT NULL,
	"code" text NOT NULL,
	"message" text NOT NULL,
	"line" integer,
	"task_seq" integer,
	"resolved_at" timestamp with time zone,
	"resolved_by" integer,
	CONSTRAINT "import_issues_severity" CHECK ("import_issues"."severity" in ('error', 'warning', 'info'))
);
--> statement-breakpoint
CREATE TABLE "periods" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "periods_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"key" text NOT NULL,
	"opens_on" date NOT NULL,
	"due_on" date NOT NULL,
	"state" text DEFAULT 'scheduled' NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" integer,
	CONSTRAINT "periods_state" CHECK ("periods"."state" in ('scheduled', 'open', 'closed')),
	CONSTRAINT "periods_key_format" CHECK ("periods"."key" ~ '^[0-9]{4}-Q[1-4]$'),
	CONSTRAINT "periods_dates" CHECK ("periods"."due_on" >= "periods"."opens_on")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"year" integer NOT NULL,
	"title" text,
	"issuer" text,
	"published_at" date,
	"deadline" date,
	"cadence" text,
	"hotline" text,
	"announced_task_count" integer,
	"state" text DEFAULT 'draft' NOT NULL,
	"due_days_after_quarter_end" integer DEFAULT 5 NOT NULL,
	"source_format" text,
	"source_file_name" text,
	"source_encoding" text,
	"imported_at" timestamp with time zone NOT NULL,
	"imported_by" integer,
	CONSTRAINT "plans_year_unique" UNIQUE("year"),
	CONSTRAINT "plans_state" CHECK ("plans"."state" in ('draft', 'active', 'archived'))
);
--> statement-breakpoint
CREATE TABLE "structure_nodes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "structure_nodes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"parent_id" integer,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"path" text[] NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "structure_nodes_kind" CHECK ("structure_nodes"."kind" in ('part', 'section', 'subsection'))
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "attachments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"report_id" integer NOT NULL,
	"added_in_rev" integer NOT NULL,
	"removed_in_rev" integer,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea",
	"storage_path" text,
	"uploaded_by" integer,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "attachments_one_store" CHECK (("attachments"."content" is null) <> ("attachments"."storage_path" is null)),
	CONSTRAINT "attachments_size" CHECK ("attachments"."size_bytes" >= 0)
);
--> statement-breakpoint
CREATE TABLE "report_revisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "report_revisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"report_id" integer NOT NULL,
	"rev" integer NOT NULL,
	"event" text NOT NULL,
	"state" text NOT NULL,
	"progress" text DEFAULT '' NOT NULL,
	"self_status" text,
	"percent_complete" integer,
	"indicator_actuals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"problems" text DEFAULT '' NOT NULL,
	"next_steps" text DEFAULT '' NOT NULL,
	"reason" text,
	"late" boolean DEFAULT false NOT NULL,
	"author_account_id" integer,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "report_revisions_event" CHECK ("report_revisions"."event" in ('save', 'submit', 'sign_off', 'return', 'accept')),
	CONSTRAINT "report_revisions_state" CHECK ("report_revisions"."state" in ('draft', 'submitted', 'signed_off', 'returned', 'accepted')),
	CONSTRAINT "report_revisions_self_status" CHECK ("report_revisions"."self_status" is null or "report_revisions"."self_status" in ('not_started', 'on_track', 'behind', 'completed')),
	CONSTRAINT "report_revisions_percent" CHECK ("report_revisions"."percent_complete" is null or "report_revisions"."percent_complete" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"period_id" integer NOT NULL,
	"task_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"current_rev" integer NOT NULL,
	"late" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"first_submitted_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"signed_off_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	CONSTRAINT "reports_kind" CHECK ("reports"."kind" in ('unit_input', 'task_report')),
	CONSTRAINT "reports_state" CHECK ("reports"."state" in ('draft', 'submitted', 'signed_off', 'returned', 'accepted'))
);
--> statement-breakpoint
CREATE TABLE "task_assignments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "task_assignments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"task_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"role" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"source" text NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" integer,
	CONSTRAINT "task_assignments_role" CHECK ("task_assignments"."role" in ('lead', 'responsible')),
	CONSTRAINT "task_assignments_range" CHECK ("task_assignments"."valid_to" is null or "task_assignments"."valid_to" >= "task_assignments"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "task_indicators" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "task_indicators_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"task_id" integer NOT NULL,
	"position" integer NOT NULL,
	"metric" text NOT NULL,
	"target_value" double precision NOT NULL,
	"unit" text NOT NULL,
	"comparator" text NOT NULL,
	"stretch" boolean DEFAULT false NOT NULL,
	"raw" text NOT NULL,
	CONSTRAINT "task_indicators_comparator" CHECK ("task_indicators"."comparator" in ('ge', 'gt', 'approx', 'le', 'lt', 'eq'))
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tasks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"seq" integer NOT NULL,
	"structure_node_id" integer,
	"path" text[] NOT NULL,
	"text" text NOT NULL,
	"assignment_certainty" text NOT NULL,
	"assignment_confirmed_at" timestamp with time zone,
	"assignment_confirmed_by" integer,
	"complete" boolean DEFAULT true NOT NULL,
	"source_line" integer,
	"leader_name" text,
	CONSTRAINT "tasks_assignment_certainty" CHECK ("tasks"."assignment_certainty" in ('certain', 'inferred'))
);
--> statement-breakpoint
CREATE TABLE "unit_aliases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "unit_aliases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"alias" text NOT NULL,
	"valid_from" date,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "unit_group_members" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "unit_group_members_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"group_unit_id" integer NOT NULL,
	"member_unit_id" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "unit_group_members_not_self" CHECK ("unit_group_members"."group_unit_id" <> "unit_group_members"."member_unit_id")
);
--> statement-breakpoint
CREATE TABLE "unit_successions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "unit_successions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"predecessor_unit_id" integer NOT NULL,
	"successor_unit_id" integer NOT NULL,
	"effective_on" date NOT NULL,
	"kind" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "unit_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "unit_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"full_name" text,
	"kind" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"reason" text NOT NULL,
	"note" text,
	CONSTRAINT "unit_versions_range" CHECK ("unit_versions"."valid_to" is null or "unit_versions"."valid_to" >= "unit_versions"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "units_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "units_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_account_id_accounts_id_fk" FOREIGN KEY ("actor_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_issues" ADD CONSTRAINT "import_issues_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_issues" ADD CONSTRAINT "import_issues_resolved_by_accounts_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periods" ADD CONSTRAINT "periods_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periods" ADD CONSTRAINT "periods_closed_by_accounts_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_imported_by_accounts_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structure_nodes" ADD CONSTRAINT "structure_nodes_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structure_nodes" ADD CONSTRAINT "structure_nodes_parent_id_structure_nodes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."structure_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_accounts_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_revisions" ADD CONSTRAINT "report_revisions_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_revisions" ADD CONSTRAINT "report_revisions_author_account_id_accounts_id_fk" FOREIGN KEY ("author_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_assignments" ADD CONSTRAINT "task_assignments_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_assignments" ADD CONSTRAINT "task_assignments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_assignments" ADD CONSTRAINT "task_assignments_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_indicators" ADD CONSTRAINT "task_indicators_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_structure_node_id_structure_nodes_id_fk" FOREIGN KEY ("structure_node_id") REFERENCES "public"."structure_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignment_confirmed_by_accounts_id_fk" FOREIGN KEY ("assignment_confirmed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_aliases" ADD CONSTRAINT "unit_aliases_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_group_members" ADD CONSTRAINT "unit_group_members_group_unit_id_units_id_fk" FOREIGN KEY ("group_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_group_members" ADD CONSTRAINT "unit_group_members_member_unit_id_units_id_fk" FOREIGN KEY ("member_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_successions" ADD CONSTRAINT "unit_successions_predecessor_unit_id_units_id_fk" FOREIGN KEY ("predecessor_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_successions" ADD CONSTRAINT "unit_successions_successor_unit_id_units_id_fk" FOREIGN KEY ("successor_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_versions" ADD CONSTRAINT "unit_versions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_unit_idx" ON "accounts" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "login_attempts_ip_at_idx" ON "login_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE INDEX "login_attempts_login_at_idx" ON "login_attempts" USING btree ("login","at");--> statement-breakpoint
CREATE INDEX "sessions_account_idx" ON "sessions" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "import_issues_plan_idx" ON "import_issues" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "import_issues_open_idx" ON "import_issues" USING btree ("plan_id") WHERE "import_issues"."resolved_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "periods_plan_key" ON "periods" USING btree ("plan_id","key");--> statement-breakpoint
CREATE INDEX "periods_due_idx" ON "periods" USING btree ("due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "structure_nodes_plan_path" ON "structure_nodes" USING btree ("plan_id","path");--> statement-breakpoint
CREATE INDEX "attachments_report_idx" ON "attachments" USING btree ("report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_revisions_report_rev" ON "report_revisions" USING btree ("report_id","rev");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_one_per_unit" ON "reports" USING btree ("period_id","task_id","unit_id","kind");--> statement-breakpoint
CREATE INDEX "reports_unit_period_idx" ON "reports" USING btree ("unit_id","period_id");--> statement-breakpoint
CREATE INDEX "reports_task_period_idx" ON "reports" USING btree ("task_id","period_id");--> statement-breakpoint
CREATE INDEX "task_assignments_task_idx" ON "task_assignments" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "task_assignments_unit_idx" ON "task_assignments" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "task_assignments_one_current" ON "task_assignments" USING btree ("task_id","unit_id","role") WHERE "task_assignments"."valid_to" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "task_indicators_task_position" ON "task_indicators" USING btree ("task_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_plan_seq" ON "tasks" USING btree ("plan_id","seq");--> statement-breakpoint
CREATE INDEX "unit_aliases_alias_idx" ON "unit_aliases" USING btree ("alias");--> statement-breakpoint
CREATE INDEX "unit_aliases_unit_idx" ON "unit_aliases" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "unit_group_members_group_idx" ON "unit_group_members" USING btree ("group_unit_id");--> statement-breakpoint
CREATE INDEX "unit_group_members_member_idx" ON "unit_group_members" USING btree ("member_unit_id");--> statement-breakpoint
CREATE INDEX "unit_successions_predecessor_idx" ON "unit_successions" USING btree ("predecessor_unit_id");--> statement-breakpoint
CREATE INDEX "unit_versions_unit_idx" ON "unit_versions" USING btree ("unit_id","valid_from");--> statement-breakpoint
CREATE INDEX "unit_versions_name_idx" ON "unit_versions" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "unit_versions_one_current" ON "unit_versions" USING btree ("unit_id") WHERE "unit_versions"."valid_to" is null;