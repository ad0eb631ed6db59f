CREATE TABLE "task_filing_generations" (
	"task_id" integer PRIMARY KEY NOT NULL,
	"generation" bigint NOT NULL
);
--> statement-breakpoint
-- Every statement that writes a task's filings or cards moves that task's counter in the same
-- transaction, whichever code path writes (tasks in order, so two writers never wait in a ring).
CREATE FUNCTION task_filing_generations_bump(task_ids integer[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO task_filing_generations (task_id, generation)
    SELECT DISTINCT task_id, 1 FROM unnest(task_ids) AS written(task_id) ORDER BY task_id
  ON CONFLICT (task_id) DO UPDATE SET generation = task_filing_generations.generation + 1;
$$;
--> statement-breakpoint
-- The triggers on reports from 0008 move the task's counter with the unit's: one trigger call per
-- statement still.
CREATE OR REPLACE FUNCTION reports_inserted_bump_generation() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM unit_filing_generations_bump(ARRAY(SELECT unit_id FROM inserted_reports));
  PERFORM task_filing_generations_bump(ARRAY(SELECT task_id FROM inserted_reports));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION reports_updated_bump_generation() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM unit_filing_generations_bump(
    ARRAY(SELECT unit_id FROM updated_reports UNION SELECT unit_id FROM replaced_reports));
  PERFORM task_filing_generations_bump(
    ARRAY(SELECT task_id FROM updated_reports UNION SELECT task_id FROM replaced_reports));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION reports_deleted_bump_generation() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM unit_filing_generations_bump(ARRAY(SELECT unit_id FROM deleted_reports));
  PERFORM task_filing_generations_bump(ARRAY(SELECT task_id FROM deleted_reports));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION reports_truncated_bump_generation() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE unit_filing_generations SET generation = generation + 1;
  UPDATE task_filing_generations SET generation = generation + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION cards_written_bump_task_generation() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE task_filing_generations SET generation = generation + 1;
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM task_filing_generations_bump(ARRAY(SELECT task_id FROM inserted_cards));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM task_filing_generations_bump(
      ARRAY(SELECT task_id FROM updated_cards UNION SELECT task_id FROM replaced_cards));
  ELSE
    PERFORM task_filing_generations_bump(ARRAY(SELECT task_id FROM deleted_cards));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER cards_insert_bump_task_generation AFTER INSERT ON cards
  REFERENCING NEW TABLE AS inserted_cards
  FOR EACH STATEMENT EXECUTE FUNCTION cards_written_bump_task_generation();
--> statement-breakpoint
CREATE TRIGGER cards_update_bump_task_generation AFTER UPDATE ON cards
  REFERENCING OLD TABLE AS replaced_cards NEW TABLE AS updated_cards
  FOR EACH STATEMENT EXECUTE FUNCTION cards_written_bump_task_generation();
--> statement-breakpoint
CREATE TRIGGER cards_delete_bump_task_generation AFTER DELETE ON cards
  REFERENCING OLD TABLE AS deleted_cards
  FOR EACH STATEMENT EXECUTE FUNCTION cards_written_bump_task_generation();
--> statement-breakpoint
CREATE TRIGGER cards_truncate_bump_task_generation AFTER TRUNCATE ON cards
  FOR EACH STATEMENT EXECUTE FUNCTION cards_written_bump_task_generation();
--> statement-breakpoint
-- Tasks with filings or cards from before this migration start at 1; a task without a row has none.
INSERT INTO task_filing_generations (task_id, generation)
  SELECT task_id, 1 FROM (SELECT task_id FROM reports UNION SELECT task_id FROM cards) AS written
  ORDER BY task_id;
