-- Report revisions are the filing history (every save, submission, sign-off, return, acceptance):
-- like the audit trail they are appended and never rewritten or removed.
CREATE FUNCTION report_revisions_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'report_revisions is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER report_revisions_no_update_delete
  BEFORE UPDATE OR DELETE ON report_revisions
  FOR EACH ROW EXECUTE FUNCTION report_revisions_refuse_change();
--> statement-breakpoint
CREATE TRIGGER report_revisions_no_truncate
  BEFORE TRUNCATE ON report_revisions
  FOR EACH STATEMENT EXECUTE FUNCTION report_revisions_refuse_change();
