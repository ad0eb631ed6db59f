CREATE TABLE "unit_filing_generations" (
	"unit_id" integer PRIMARY KEY NOT NULL,
	"generation" bigint NOT NULL
);
--> statement-breakpoint
-- Every statement that writes a unit's filings moves that unit's counter in the same transaction,
-- whichever code path writes (units in order, so two writers never wait on each other in a ring).
CREATE FUNCTION unit_filing_generations_bump(unit_ids integer[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO unit_filing_generations (unit_id, generation)
    SELECT DISTINCT unit_id, 1 FROM unnest(unit_ids) AS written(unit_id) ORDER BY unit_id
  ON CONFLICT (unit_id) DO UPDATE SET generation = unit_filing_generations.generation + 1;
$$;
--> statement-breakpoint
CREATE FUNCTION reports_inserted_bump_generation() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM unit_filing_generations_bump(ARRAY(SELECT unit_id FROM inserted_reports));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION reports_updated_bump_generation() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM unit_filing_generations_bump(
    ARRAY(SELECT unit_id FROM updated_reports UNION SELECT unit_id FROM replaced_reports));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION reports_deleted_bump_generation() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM unit_filing_generations_bump(ARRAY(SELECT unit_id FROM deleted_reports));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION reports_truncated_bump_generation() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE unit_filing_generations SET generation = generation + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER reports_insert_bump_generation AFTER INSERT ON reports
  REFERENCING NEW TABLE AS inserted_reports
  FOR EACH STATEMENT EXECUTE FUNCTION reports_inserted_bump_generation();
--> statement-breakpoint
CREATE TRIGGER reports_update_bump_generation AFTER UPDATE ON reports
  REFERENCING OLD TABLE AS replaced_reports NEW TABLE AS updated_reports
  FOR EACH STATEMENT EXECUTE FUNCTION reports_updated_bump_generation();
--> statement-breakpoint
CREATE TRIGGER reports_delete_bump_generation AFTER DELETE ON reports
  REFERENCING OLD TABLE AS deleted_reports
  FOR EACH STATEMENT EXECUTE FUNCTION reports_deleted_bump_generation();
--> statement-breakpoint
CREATE TRIGGER reports_truncate_bump_generation AFTER TRUNCATE ON reports
  FOR EACH STATEMENT EXECUTE FUNCTION reports_truncated_bump_generation();
--> statement-breakpoint
-- Units with filings from before this migration start at 1; a unit without a row has none yet.
INSERT INTO unit_filing_generations (unit_id, generation)
  SELECT DISTINCT unit_id, 1 FROM reports ORDER BY unit_id;
--> statement-breakpoint
-- The notice's part and section titles join the cached reference (the office's matrix shows them).
CREATE TRIGGER structure_nodes_bump_directory_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON structure_nodes
  FOR EACH STATEMENT EXECUTE FUNCTION directory_version_bump();
