-- 证据保管链 is append-only: every custody event is a ledger leaf and nothing in it is changed or removed.
CREATE TRIGGER evidence_custody_event_append_only BEFORE UPDATE OR DELETE ON evidence_custody_event FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER evidence_custody_event_no_truncate BEFORE TRUNCATE ON evidence_custody_event FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
-- An evidence item's facts (case, kind, file, hashes, who collected it) never change and the item is never
-- deleted; only its retention projection and the extracted media facts move on.
CREATE FUNCTION evidence_item_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'evidence_item is never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW.id, NEW.case_id, NEW.agency_id, NEW.kind, NEW.title, NEW.description, NEW.file_name, NEW.media_type, NEW.size, NEW.sm3, NEW.sha256,
      NEW.collected_at, NEW.collected_by_name, NEW.collected_place, NEW.latitude, NEW.longitude, NEW.method, NEW.device_id, NEW.restricted,
      NEW.ingested_at, NEW.ingested_by_account_id)
     IS DISTINCT FROM
     (OLD.id, OLD.case_id, OLD.agency_id, OLD.kind, OLD.title, OLD.description, OLD.file_name, OLD.media_type, OLD.size, OLD.sm3, OLD.sha256,
      OLD.collected_at, OLD.collected_by_name, OLD.collected_place, OLD.latitude, OLD.longitude, OLD.method, OLD.device_id, OLD.restricted,
      OLD.ingested_at, OLD.ingested_by_account_id) THEN
    RAISE EXCEPTION 'evidence_item facts are append-only (UPDATE of a recorded fact refused)' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER evidence_item_guard BEFORE UPDATE OR DELETE ON evidence_item FOR EACH ROW EXECUTE FUNCTION evidence_item_guard();
--> statement-breakpoint
CREATE TRIGGER evidence_item_no_truncate BEFORE TRUNCATE ON evidence_item FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
