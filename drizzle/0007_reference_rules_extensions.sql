-- Plan rules and extension requests join the cached reference data (see 0006): the due date a
-- unit's worklist shows depends on both, and both change rarely.
CREATE TRIGGER plan_rules_bump_directory_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_rules
  FOR EACH STATEMENT EXECUTE FUNCTION directory_version_bump();
--> statement-breakpoint
CREATE TRIGGER extension_requests_bump_directory_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON extension_requests
  FOR EACH STATEMENT EXECUTE FUNCTION directory_version_bump();
