-- Ranking a search reads each match's word vector. Kept in the row (compressed) instead of the TOAST table where it
-- fits, a page of ranked results needs far fewer out-of-line fetches (bench/portal: ranked p95 about a third lower).
ALTER TABLE disclosure_record ALTER COLUMN search_vector SET STORAGE MAIN;
