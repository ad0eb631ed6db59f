CREATE TABLE "directory_version" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" text NOT NULL,
	CONSTRAINT "directory_version_single_row" CHECK ("directory_version"."id" = 1)
);
--> statement-breakpoint
-- The app caches the unit directory, tasks, assignments, periods and completions per version and
-- reads this row on each request: every write to those tables replaces it in the same
-- transaction, so every app process over the database reloads on its next request.
INSERT INTO "directory_version" ("id", "version") VALUES (1, gen_random_uuid()::text);
--> statement-breakpoint
CREATE FUNCTION directory_version_bump() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE directory_version SET version = gen_random_uuid()::text WHERE id = 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER units_bump_directory_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON units
  FOR EACH STATEMENT EXECUTE FUNCTION directory_version_bump();
--> statement-breakpoint
CREATE TRIGGER unit_versions_bump_directory_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_versions
  FOR EACH STATEMENT EXECUTE FUNCTION directory_version_bump();
--> statement-breakpoint
CREATE TRIGGER unit_aliases_bump_directory_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_aliases
  FOR EACH STATEMENT EXECUTE FUNCTION directory_version_bump();
--> statement-breakpoint
CREATE TRIGGER unit_group_members_bump_directory_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_group_members
  FOR EACH STATEMENT EXECUTE FUNCTION directory_version_bump();
--> statement-breakpoint
CREATE TRIGGER unit_successions_bump_directory_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_successions
  FOR EACH STATEMENT EXECUTE FUNCTION directory_version_bump();
--> statement-breakpoint
CREATE TRIGGER tasks_bump_directory_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tasks
  FOR EACH STATEMENT EXECUTE FUNCTION directory_version_bump();
--> statement-breakpoint
CREATE TRIGGER task_indicators_bump_directory_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON task_indicators
  FOR EACH STATEMENT EXECUTE FUNCTION directory_version_bump();
--> statement-breakpoint
CREATE TRIGGER task_assignments_bump_directory_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON task_assignments
  FOR EACH STATEMENT EXECUTE FUNCTION directory_version_bump();
--> statement-breakpoint
CREATE TRIGGER periods_bump_directory_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON periods
  FOR EACH STATEMENT EXECUTE FUNCTION directory_version_bump();
--> statement-breakpoint
CREATE TRIGGER completions_bump_directory_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON completions
  FOR EACH STATEMENT EXECUTE FUNCTION directory_version_bump();
