-- The dashboard's page cache (lib/candidates/queries.ts) keeps each page's running reviews with their clock
-- stops, and is cleared by NOTIFY catalog_changed. ClockStop is the one table it reads that did not notify.
CREATE TRIGGER "ClockStop_notify_catalog_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ClockStop"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_catalog_changed"();
