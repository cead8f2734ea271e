-- Law texts are history: an imported article is never changed or removed, and a version keeps its dates.
-- The only later change a version may receive is its repeal date (废止), once.
CREATE TRIGGER law_article_append_only BEFORE UPDATE OR DELETE ON law_article FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER law_article_no_truncate BEFORE TRUNCATE ON law_article FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
CREATE FUNCTION law_version_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'law_version is history (DELETE refused)' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.id IS DISTINCT FROM OLD.id OR NEW.law_id IS DISTINCT FROM OLD.law_id OR NEW.adopted_on IS DISTINCT FROM OLD.adopted_on
     OR NEW.effective_on IS DISTINCT FROM OLD.effective_on OR NEW.preamble IS DISTINCT FROM OLD.preamble
     OR NEW.source_text IS DISTINCT FROM OLD.source_text OR NEW.imported_at IS DISTINCT FROM OLD.imported_at
     OR NEW.imported_by IS DISTINCT FROM OLD.imported_by OR OLD.repealed_on IS NOT NULL THEN
    RAISE EXCEPTION 'law_version is history: only a missing repeal date may be set' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER law_version_history BEFORE UPDATE OR DELETE ON law_version FOR EACH ROW EXECUTE FUNCTION law_version_guard();
--> statement-breakpoint
CREATE TRIGGER law_version_no_truncate BEFORE TRUNCATE ON law_version FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
