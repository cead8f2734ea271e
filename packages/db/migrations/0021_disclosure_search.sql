-- Portal search over published decisions: jieba-segmented words in a `simple` tsvector (GIN), and pg_trgm
-- for substrings the segmentation does not give (names, short or unknown words). PGlite loads pg_trgm in openPglite.
create extension if not exists pg_trgm;
--> statement-breakpoint
create index if not exists disclosure_record_search_vector_idx on disclosure_record using gin (search_vector);
--> statement-breakpoint
create index if not exists disclosure_record_search_text_trgm_idx on disclosure_record using gin (search_text gin_trgm_ops);
--> statement-breakpoint
create index if not exists disclosure_record_published_idx on disclosure_record (published_at desc, id desc) where status = 'published';
