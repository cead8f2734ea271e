-- 审计日志 cannot be altered by the application (等保 2.0 三级 8.1.4.3): UPDATE and TRUNCATE always raise;
-- DELETE is allowed only through audit_purge() and only for rows older than 180 days (网络安全法 第二十一条).
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND current_setting('sanxiang.audit_purge', true) = 'on'
     AND OLD.at < now() - interval '180 days' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE FUNCTION audit_purge(older_than timestamptz) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE removed bigint;
BEGIN
  IF older_than > now() - interval '180 days' THEN
    RAISE EXCEPTION 'audit records younger than 180 days cannot be purged' USING ERRCODE = 'check_violation';
  END IF;
  PERFORM set_config('sanxiang.audit_purge', 'on', true);
  DELETE FROM audit_log WHERE at < older_than;
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('sanxiang.audit_purge', 'off', true);
  RETURN removed;
END;
$$;
