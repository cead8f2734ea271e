-- Disclosure steps are append-only (each is a ledger leaf); published statistics snapshots are never rewritten.
CREATE TRIGGER disclosure_event_append_only BEFORE UPDATE OR DELETE ON disclosure_event FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER disclosure_event_no_truncate BEFORE TRUNCATE ON disclosure_event FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER disclosure_statistics_append_only BEFORE UPDATE OR DELETE ON disclosure_statistics FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
