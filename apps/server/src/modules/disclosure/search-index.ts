import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import type { PublicDecision } from '@sanxiang/domain';
import { type Db, rowsOf } from '@sanxiang/db';
import { type SQL, sql } from 'drizzle-orm';

/**
 * Chinese full-text search over published decisions (issue: jieba into a `simple` tsvector with GIN, pg_trgm for
 * substrings, the same answers on PGlite and PostgreSQL).
 *
 * Indexing: the record's public fields only (never anything the public cannot read) make `search_text`; every
 * dictionary word jieba finds in it (see `tokensOf`) is stored as `to_tsvector('simple', words)`.
 *
 * Querying: each part of the query is cut in precise mode without the HMM. Dictionary words become a tsquery (`plainto_tsquery`
 * over the same `simple` parser, so query and index agree, ANDed); runs of characters the dictionary does not
 * know (names, 鑫垚, document-number prefixes like 市监许) and one-character queries become `ILIKE '%…%'` on
 * `search_text`, served by the pg_trgm GIN index; a part with a lone character beside words (翠微坊 = 翠微 + 坊)
 * must appear as written. All parts must match. Ranking: ts_rank over the words (rounded, so PostgreSQL 15 and
 * PGlite's 18 order alike), then newest publication, then id; past RANKED_MATCHES matches, newest first.
 */

let jieba: Jieba | undefined;
/** The dictionary (350k words, ~50 MB with its index) loads on first use, not when the server starts. */
const segmenter = () => (jieba ??= Jieba.withDict((createRequire(import.meta.url)('@node-rs/jieba/dict') as { dict: Uint8Array }).dict));

/**
 * Drops the dictionary until the next search or publication needs it: the demo seed of a new data directory
 * indexes its decisions at start, and an idle server need not keep what that one-off used.
 */
export const releaseSegmenter = () => {
  jieba = undefined;
};

export type SearchableDecision = Pick<PublicDecision, 'agencyName' | 'documentNumber' | 'partyName' | 'creditCode' | 'category' | 'violation' | 'basis' | 'content' | 'summary'>;

const fold = (text: string) =>
  text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase();

const WORDLIKE = /^[\p{L}\p{N}]+$/u;
const length = (s: string) => [...s].length;

/**
 * The index words of a text, two characters or more, letters and digits only. jieba's search mode (cutForSearch)
 * alone misses words its best path cuts across: 食品安全监管 gives 食品/安全/监管/安全监管 but not 食品安全, so a
 * search for 食品安全 would not find it. Full mode (cutAll) gives every dictionary word at every position, which
 * contains the search-mode words; so a query word from the dictionary is found wherever it stands in the text.
 */
export const tokensOf = (text: string): string[] => segmenter().cutAll(fold(text)).filter((t) => length(t) >= 2 && WORDLIKE.test(t));

/** What a published record is found by: its public text and its words (for `to_tsvector('simple', tokens)`). */
export const searchDocumentOf = (record: SearchableDecision): { searchText: string; tokens: string } => {
  const searchText = [record.documentNumber, record.agencyName, record.partyName, record.creditCode ?? '', record.category, record.violation, record.basis, record.content, record.summary]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ');
  return { searchText, tokens: tokensOf(searchText).join(' ') };
};

/** The SQL assignments for `search_text` and `search_vector` of a record (used where the record is written). */
export const searchColumnsSql = (record: SearchableDecision): SQL => {
  const doc = searchDocumentOf(record);
  return sql`search_text = ${doc.searchText}, search_vector = to_tsvector('simple', ${doc.tokens})`;
};

export type ParsedQuery = { words: string[]; substrings: string[] };

/** Splits a query into dictionary words (tsquery) and substrings (pg_trgm). */
export const parseQuery = (q: string): ParsedQuery => {
  const words: string[] = [];
  const substrings: string[] = [];
  for (const part of fold(q).split(/[\s\p{P}\p{S}]+/u).filter(Boolean)) {
    const tokens = segmenter().cut(part, false);
    const partWords: string[] = [];
    const runs: string[] = [];
    let run = '';
    for (const t of tokens) {
      // Without the HMM a multi-character CJK token can only come from the dictionary.
      const isWord = length(t) >= 2 && WORDLIKE.test(t);
      if (isWord) {
        if (run) runs.push(run);
        run = '';
        partWords.push(t);
      } else run += t;
    }
    if (run) runs.push(run);
    words.push(...partWords);
    // Characters the dictionary does not know next to words (翠微 + 坊, 宏发 + 超市): the whole part must appear as
    // written, which is also the longer pattern, the one pg_trgm can serve (it needs three characters).
    if (partWords.length && runs.length) substrings.push(part);
    else substrings.push(...runs);
  }
  return { words: [...new Set(words)], substrings: [...new Set(substrings)] };
};

export type DisclosureSearch = {
  q?: string;
  agencyId?: string;
  kind?: string;
  from?: string;
  to?: string;
  partyKind?: 'person' | 'organization';
  page: number;
  pageSize: number;
  /** Matches counted and ranked before newest-first takes over (RANKED_MATCHES unless a test says otherwise). */
  rankedMatches?: number;
};

export type DisclosureSearchHit = {
  id: string;
  agencyId: string;
  agencyName: string;
  kind: PublicDecision['kind'];
  documentNumber: string;
  decisionDate: string;
  partyName: string;
  partyKind: 'person' | 'organization';
  category: string;
  content: string;
  publishedAt: string;
  /** An excerpt of the public text, HTML-escaped, with the matches in <mark>. */
  snippetHtml: string;
};

export type DisclosureSearchResult = {
  items: DisclosureSearchHit[];
  /** Exact up to RANKED_MATCHES; beyond, RANKED_MATCHES with `totalIsLowerBound`. */
  total: number;
  totalIsLowerBound: boolean;
  page: number;
  pageSize: number;
  terms: string[];
};

/**
 * Work per query is bounded so a word found in half of a million records answers as fast as a rare one:
 * matches are counted up to this many; up to it they are ranked by relevance, beyond it (a very common word)
 * the newest come first, which the published-order index serves without reading every match.
 */
export const RANKED_MATCHES = 1_000;

const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The filter of a search: published records only, and every part of the query. */
const whereOf = (search: DisclosureSearch, parsed: ParsedQuery): SQL => {
  const parts: SQL[] = [sql`r.status = 'published'`];
  if (parsed.words.length) parts.push(sql`r.search_vector @@ plainto_tsquery('simple', ${parsed.words.join(' ')})`);
  for (const s of parsed.substrings) parts.push(sql`r.search_text ilike ${likePattern(s)}`);
  if (search.agencyId) parts.push(sql`r.agency_id = ${search.agencyId}`);
  if (search.kind) parts.push(sql`r.kind = ${search.kind}`);
  if (search.partyKind) parts.push(sql`r.party_kind = ${search.partyKind}`);
  if (search.from) parts.push(sql`r.decision_date >= ${search.from}`);
  if (search.to) parts.push(sql`r.decision_date <= ${search.to}`);
  return sql.join(parts, sql` and `);
};

type HitRow = {
  id: string;
  agency_id: string;
  agency_name: string;
  kind: string;
  document_number: string;
  decision_date: string;
  party_name: string;
  party_kind: string;
  category: string;
  content: string;
  published_at: string | Date;
  violation: string;
  summary: string;
  basis: string;
};

/** Published decisions matching the query and filters, best first, one page, with highlighted snippets. */
export const searchDisclosures = async (db: Db, search: DisclosureSearch): Promise<DisclosureSearchResult> => {
  const parsed = parseQuery(search.q ?? '');
  const where = whereOf(search, parsed);
  const offset = (search.page - 1) * search.pageSize;
  const cap = search.rankedMatches ?? RANKED_MATCHES;
  // With words or a substring of three or more characters an index answers; the planner must not bet on a
  // sequential scan finding `cap` matches early (when there are fewer, it reads the whole table).
  const indexable = parsed.words.length > 0 || parsed.substrings.some((s) => length(s) >= 3);
  const rankOf = (capped: boolean) =>
    parsed.words.length && !capped ? sql`round(ts_rank(r.search_vector, plainto_tsquery('simple', ${parsed.words.join(' ')}))::numeric, 6) desc, ` : sql``;
  const pageQuery = (capped: boolean) => sql`select r.id, r.agency_id, a.name as agency_name, r.kind, r.document_number, r.decision_date::text as decision_date, r.party_name, r.party_kind,
               r.category, r.content, r.published_at, r.violation, r.summary, r.basis
        from disclosure_record r join agency a on a.id = r.agency_id
        where ${where}
        order by ${rankOf(capped)}r.published_at desc, r.id desc
        limit ${search.pageSize} offset ${offset}`;
  const { rows, capped, n } = await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    if (indexable) await tx.execute(sql`set local enable_seqscan = off`);
    const [{ n }] = await rowsOf<{ n: number | string }>(tx, sql`select count(*) as n from (select 1 from disclosure_record r where ${where} limit ${cap + 1}) m`);
    const capped = Number(n) > cap;
    // Past the cap the newest come first: walking the published-order index and stopping at the page is cheaper
    // than collecting every match of a common word to sort them, a choice the planner's estimates miss.
    if (capped) await tx.execute(sql`set local enable_bitmapscan = off`);
    return { rows: await rowsOf<HitRow>(tx, pageQuery(capped)), capped, n: Number(n) };
  });
  const terms = [...parsed.words, ...parsed.substrings];
  return {
    items: rows.map((r) => ({
      id: r.id,
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      kind: r.kind as PublicDecision['kind'],
      documentNumber: r.document_number,
      decisionDate: r.decision_date,
      partyName: r.party_name,
      partyKind: r.party_kind as 'person' | 'organization',
      category: r.category,
      content: r.content,
      publishedAt: new Date(r.published_at).toISOString(),
      // The excerpt is of the decision's substance; number, agency and party are shown beside it already.
      snippetHtml: snippetHtml([r.category, r.violation, r.summary, r.content, r.basis].filter(Boolean).join(' '), terms),
    })),
    total: capped ? cap : n,
    totalIsLowerBound: capped,
    page: search.page,
    pageSize: search.pageSize,
    terms,
  };
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * An excerpt around the first match with every match in <mark>; everything else escaped. Matching is on the
 * folded text (full-width and case) which keeps offsets, so the marks land on the original characters.
 */
export const snippetHtml = (text: string, terms: string[], width = 120): string => {
  const folded = fold(text);
  const needles = terms.map(fold).filter(Boolean).sort((a, b) => b.length - a.length);
  const marks: Array<[number, number]> = [];
  for (const n of needles) {
    for (let at = folded.indexOf(n); at >= 0; at = folded.indexOf(n, at + n.length)) {
      if (!marks.some(([s, e]) => at < e && s < at + n.length)) marks.push([at, at + n.length]);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  const first = marks[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  start = Math.max(0, Math.min(start, end - width));
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const [s, e] of marks) {
    if (s < at || e > end) continue;
    out += `${escapeHtml(text.slice(at, s))}<mark>${escapeHtml(text.slice(s, e))}</mark>`;
    at = e;
  }
  out += escapeHtml(text.slice(at, end)) + (end < text.length ? '…' : '');
  return out;
};
