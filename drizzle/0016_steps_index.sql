-- A save answers with the filing's steps (every revision but a save); read through this index, that
-- costs the same however many autosaves the filing holds.
CREATE INDEX "report_revisions_steps" ON "report_revisions" USING btree ("report_id","rev") WHERE "report_revisions"."event" <> 'save';