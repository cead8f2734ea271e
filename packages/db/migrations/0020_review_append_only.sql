-- Legal review records are append-only (each is a ledger leaf): rounds with their frozen snapshots, steps, opinions.
CREATE TRIGGER review_round_append_only BEFORE UPDATE OR DELETE ON review_round FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER review_round_no_truncate BEFORE TRUNCATE ON review_round FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER review_step_append_only BEFORE UPDATE OR DELETE ON review_step FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER review_step_no_truncate BEFORE TRUNCATE ON review_step FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER review_opinion_append_only BEFORE UPDATE OR DELETE ON review_opinion FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER review_opinion_no_truncate BEFORE TRUNCATE ON review_opinion FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
-- One national default catalogue (the row without an agency); agencies have at most one row each (unique index).
CREATE UNIQUE INDEX review_catalogue_national_uq ON review_catalogue ((agency_id IS NULL)) WHERE agency_id IS NULL;
--> statement-breakpoint
-- The national default 法制审核目录清单 (domain NATIONAL_REVIEW_CATALOGUE; a test keeps the two equal): fines of
-- 10,000 元 (person) / 100,000 元 (organisation), confiscation of 100,000 元, the heavy penalty kinds, 7 + 3 working days.
INSERT INTO review_catalogue (agency_id, catalogue) VALUES (NULL, '{"fineFen":{"person":1000000,"organization":10000000},"confiscationFen":10000000,"kinds":["revoke-licence","lower-qualification","order-suspension","order-closure","restrict-practice","restrict-business","detention"],"entries":[],"reviewWorkingDays":7,"extensionWorkingDays":3}'::jsonb);
