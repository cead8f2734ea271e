-- The log is append-only: nodes, leaf mappings and checkpoints are never changed or removed by the
-- application. (Whoever owns the database can still bypass this; `npm run verify` is what proves integrity.)
CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER ledger_node_append_only BEFORE UPDATE OR DELETE ON ledger_node FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_node_no_truncate BEFORE TRUNCATE ON ledger_node FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_leaf_append_only BEFORE UPDATE OR DELETE ON ledger_leaf FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_leaf_no_truncate BEFORE TRUNCATE ON ledger_leaf FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_checkpoint_append_only BEFORE UPDATE OR DELETE ON ledger_checkpoint FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_checkpoint_no_truncate BEFORE TRUNCATE ON ledger_checkpoint FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
-- Purged audit records leave their leaves behind; the verifier must know they were removed by retention.
CREATE TABLE audit_purge_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  older_than timestamptz NOT NULL,
  up_to_id bigint,
  removed bigint NOT NULL
);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_purge(older_than timestamptz) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE removed bigint; last_id bigint;
BEGIN
  IF older_than > now() - interval '180 days' THEN
    RAISE EXCEPTION 'audit records younger than 180 days cannot be purged' USING ERRCODE = 'check_violation';
  END IF;
  SELECT max(id) INTO last_id FROM audit_log WHERE at < older_than;
  PERFORM set_config('sanxiang.audit_purge', 'on', true);
  DELETE FROM audit_log WHERE at < older_than;
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('sanxiang.audit_purge', 'off', true);
  INSERT INTO audit_purge_log (older_than, up_to_id, removed) VALUES (older_than, last_id, removed);
  RETURN removed;
END;
$$;
