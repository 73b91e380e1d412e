-- Candidate."nameKeys": each of the candidate's names (Chinese, English, INN, codes, brands) as a capture
-- compares them: NFKC, lower case, whitespace removed. A trigger keeps it for every writer (app, seed,
-- psql, imports); a GIN index lets a capture find the candidates of thousands of names with one `&&`
-- instead of normalising every name of every candidate per diff.
ALTER TABLE "Candidate" ADD COLUMN "nameKeys" TEXT[] DEFAULT ARRAY[]::TEXT[];

CREATE FUNCTION "candidate_name_keys"("names" TEXT[]) RETURNS TEXT[] LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(DISTINCT key ORDER BY key), ARRAY[]::TEXT[])
  FROM (SELECT lower(regexp_replace(normalize(name, NFKC), '[[:space:]]+', '', 'g')) AS key FROM unnest("names") AS name) keys
  WHERE key IS NOT NULL AND key <> ''
$$;

CREATE FUNCTION "set_candidate_name_keys"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."nameKeys" := "candidate_name_keys"(
    ARRAY[NEW."nameZh", NEW."nameEn", NEW."inn"] || coalesce(NEW."codeNames", ARRAY[]::TEXT[])
      || coalesce(NEW."brandNamesEn", ARRAY[]::TEXT[]) || coalesce(NEW."brandNamesZh", ARRAY[]::TEXT[]));
  RETURN NEW;
END
$$;

CREATE TRIGGER "Candidate_set_name_keys" BEFORE INSERT OR UPDATE OF "nameZh", "nameEn", "inn", "codeNames", "brandNamesEn", "brandNamesZh", "nameKeys"
  ON "Candidate" FOR EACH ROW EXECUTE FUNCTION "set_candidate_name_keys"();

UPDATE "Candidate" SET "nameKeys" = "candidate_name_keys"(
  ARRAY["nameZh", "nameEn", "inn"] || coalesce("codeNames", ARRAY[]::TEXT[]) || coalesce("brandNamesEn", ARRAY[]::TEXT[]) || coalesce("brandNamesZh", ARRAY[]::TEXT[]));

CREATE INDEX "Candidate_nameKeys_idx" ON "Candidate" USING GIN ("nameKeys");

-- Statistics for the new column now, so the planner sees how selective `nameKeys && $1` is (without them it
-- estimates every row and scans the table) before autovacuum gets round to it.
ANALYZE "Candidate";
