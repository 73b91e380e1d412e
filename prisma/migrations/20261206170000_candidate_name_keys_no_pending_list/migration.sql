-- The capture diff looks candidates up by name key (Candidate.nameKeys @> ARRAY[key]), one probe per name. A GIN
-- index with fastupdate (PostgreSQL's default) keeps new entries in an unsorted pending list until a vacuum merges
-- them, and every probe scans that list: after a bulk load of 50,000 candidates a probe took 4 ms instead of 0.1 ms,
-- and a 5,000-row capture's 2,000 name probes 4.5 s instead of 0.2 s. Candidates are written a few at a time, so
-- the index is kept merged on every write instead, and whatever is pending now is merged at once.
ALTER INDEX "Candidate_nameKeys_idx" SET (fastupdate = off);
SELECT gin_clean_pending_list('"Candidate_nameKeys_idx"'::regclass);
