-- AuditEvent is append-only: rows can be inserted, never changed or removed, whoever connects
-- (the app, a script, psql). Triggers are invisible to Prisma's schema diff, so they live only in
-- this migration. A correction is a new event, never an edit.

CREATE FUNCTION "AuditEvent_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP
    USING HINT = 'Record a new audit event instead.';
END;
$$;

-- Row-level: UPDATE and DELETE, including those reached through ON DELETE/UPDATE actions.
CREATE TRIGGER "AuditEvent_no_update_or_delete"
BEFORE UPDATE OR DELETE ON "AuditEvent"
FOR EACH ROW EXECUTE FUNCTION "AuditEvent_refuse_change"();

-- TRUNCATE fires no row triggers, so it needs its own statement-level trigger.
CREATE TRIGGER "AuditEvent_no_truncate"
BEFORE TRUNCATE ON "AuditEvent"
FOR EACH STATEMENT EXECUTE FUNCTION "AuditEvent_refuse_change"();
