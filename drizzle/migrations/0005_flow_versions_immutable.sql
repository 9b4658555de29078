-- A published version never changes (only operator parameter overrides may), whatever code runs against the
-- database: runs are pinned to the plan they started with, and the audit trail must stay true.
CREATE OR REPLACE FUNCTION switchboard_flow_versions_immutable() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'flow version %@% is immutable and cannot be deleted', OLD.flow_key, OLD.version;
  END IF;
  IF NEW.flow_key IS DISTINCT FROM OLD.flow_key OR NEW.version IS DISTINCT FROM OLD.version
     OR NEW.document IS DISTINCT FROM OLD.document OR NEW.plan IS DISTINCT FROM OLD.plan
     OR NEW.plan_hash IS DISTINCT FROM OLD.plan_hash OR NEW.author IS DISTINCT FROM OLD.author
     OR NEW.note IS DISTINCT FROM OLD.note OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
    RAISE EXCEPTION 'flow version %@% is immutable; only param_overrides may change', OLD.flow_key, OLD.version;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER flow_versions_immutable BEFORE UPDATE OR DELETE ON flow_versions
  FOR EACH ROW EXECUTE FUNCTION switchboard_flow_versions_immutable();
