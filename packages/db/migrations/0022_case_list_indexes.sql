-- Case list (GET /cases) and deadline views at 100,000 cases: newest-first pages without sorting the whole set,
-- per unit, item and party; open deadlines by due date (due filters, reminders) and per case (next deadline).
-- Measured in bench/cases/list.bench.ts against the same queries without these indexes.
create index if not exists case_file_registered_idx on case_file (registered_at desc, id desc);
--> statement-breakpoint
create index if not exists case_file_unit_registered_idx on case_file (unit_id, registered_at desc);
--> statement-breakpoint
create index if not exists case_file_party_idx on case_file (party_id);
--> statement-breakpoint
create index if not exists case_file_item_registered_idx on case_file (item_id, registered_at desc);
--> statement-breakpoint
create index if not exists case_deadline_open_due_idx on case_deadline (due_on, case_id) where done_on is null;
--> statement-breakpoint
create index if not exists case_deadline_open_case_idx on case_deadline (case_id, due_on) where done_on is null;
--> statement-breakpoint
-- 案件列表 text search (案由、案源编号、案件编号、决定书文号) as one expression, trigram-indexed where pg_trgm is
-- available (it is on PostgreSQL and on PGlite with its pg_trgm extension loaded); elsewhere the same LIKE scans.
-- case-list.ts builds exactly this expression.
do $$
begin
  if exists (select 1 from pg_available_extensions where name = 'pg_trgm') then
    create extension if not exists pg_trgm;
    execute $i$create index if not exists case_file_text_trgm_idx on case_file using gin ((title || ' ' || clue_number || ' ' || coalesce(case_number, '') || ' ' || coalesce(decision_number, '')) gin_trgm_ops)$i$;
  end if;
end
$$;
