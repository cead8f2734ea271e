-- The history of disclosed registry information is append-only: a correction is a new change with its own
-- effective date, never a rewrite of what was shown to the public before.
CREATE TRIGGER registry_change_append_only BEFORE UPDATE OR DELETE ON registry_change FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER registry_change_no_truncate BEFORE TRUNCATE ON registry_change FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
