-- The counters that every write of a filing or a card moves were bumped through SQL-language
-- functions, which PostgreSQL plans afresh on every call: about half of an autosave's time in the
-- database. As PL/pgSQL functions their statements are planned once per connection. Same writes,
-- same order (units and tasks sorted, so two writers never wait in a ring).
CREATE OR REPLACE FUNCTION unit_filing_generations_bump(unit_ids integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO unit_filing_generations (unit_id, generation)
    SELECT DISTINCT unit_id, 1 FROM unnest(unit_ids) AS written(unit_id) ORDER BY unit_id
  ON CONFLICT (unit_id) DO UPDATE SET generation = unit_filing_generations.generation + 1;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION task_filing_generations_bump(task_ids integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO task_filing_generations (task_id, generation)
    SELECT DISTINCT task_id, 1 FROM unnest(task_ids) AS written(task_id) ORDER BY task_id
  ON CONFLICT (task_id) DO UPDATE SET generation = task_filing_generations.generation + 1;
END;
$$;
--> statement-breakpoint
-- An update of filings (every save) writes both counters from its transition tables directly.
CREATE OR REPLACE FUNCTION reports_updated_bump_generation() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO unit_filing_generations (unit_id, generation)
    SELECT unit_id, 1 FROM (SELECT unit_id FROM updated_reports UNION SELECT unit_id FROM replaced_reports) AS written
    ORDER BY unit_id
  ON CONFLICT (unit_id) DO UPDATE SET generation = unit_filing_generations.generation + 1;
  INSERT INTO task_filing_generations (task_id, generation)
    SELECT task_id, 1 FROM (SELECT task_id FROM updated_reports UNION SELECT task_id FROM replaced_reports) AS written
    ORDER BY task_id
  ON CONFLICT (task_id) DO UPDATE SET generation = task_filing_generations.generation + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- A first save inserts the filing: the same, from the inserted rows.
CREATE OR REPLACE FUNCTION reports_inserted_bump_generation() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO unit_filing_generations (unit_id, generation)
    SELECT DISTINCT unit_id, 1 FROM inserted_reports ORDER BY unit_id
  ON CONFLICT (unit_id) DO UPDATE SET generation = unit_filing_generations.generation + 1;
  INSERT INTO task_filing_generations (task_id, generation)
    SELECT DISTINCT task_id, 1 FROM inserted_reports ORDER BY task_id
  ON CONFLICT (task_id) DO UPDATE SET generation = task_filing_generations.generation + 1;
  RETURN NULL;
END;
$$;
