import { type Actor, buildCalendar, CASE_STATUS_LABELS, CASE_STATUSES, type CaseStatus, chinaDateOf, deadlineState, type DeadlineState, invalid, isDomainError, type PlainDate, type WorkingCalendar } from '@sanxiang/domain';
import { account, agency, caseDeadline, caseFile, caseHandler, type Db, party, rowsOf } from '@sanxiang/db';
import { and, asc, desc, eq, gte, ilike, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { dueSoonUntil } from '../deadlines/due-window.ts';
import { readableCases } from './case-queries.ts';

export type CaseDateField = 'registered' | 'filed' | 'decided' | 'closed';
export type CaseDueFilter = 'overdue' | 'soon' | 'by';

export type CaseFilter = {
  status?: string | string[];
  q?: string;
  mine?: boolean;
  officerId?: string;
  itemId?: string;
  partyId?: string;
  party?: string;
  dateField?: CaseDateField;
  from?: string;
  to?: string;
  due?: CaseDueFilter;
  dueBy?: string;
  after?: string;
};

/** Today in Beijing and the working calendar, read by the route before its transaction (PGlite has one connection). */
export type CaseListContext = { today: PlainDate; calendar: WorkingCalendar };

const KNOWN_STATUSES = new Set<string>(CASE_STATUSES);
export const TOTAL_CAP = 10_000;

export const statusesOf = (status: CaseFilter['status']): string[] => {
  const list = [status ?? []]
    .flat()
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = list.filter((s) => !KNOWN_STATUSES.has(s));
  if (unknown.length) throw invalid('CASE_STATUS_UNKNOWN', `没有这种案件状态：${unknown.join('、')}`);
  return [...new Set(list)];
};

const handledBy = (accountId: string) =>
  sql`exists (select 1 from ${caseHandler} where ${caseHandler.caseId} = ${caseFile.id} and ${caseHandler.accountId} = ${accountId})`;

// The due filters ask for an open deadline (done_on is null) in a window; `case_deadline_open_case_idx` answers it.
const openDeadlineWhere = (window: SQL) =>
  sql`exists (select 1 from ${caseDeadline} where ${caseDeadline.caseId} = ${caseFile.id} and ${caseDeadline.doneOn} is null and ${window})`;

const caseText = sql`(${caseFile.title} || ' ' || ${caseFile.clueNumber} || ' ' || coalesce(${caseFile.caseNumber}, '') || ' ' || coalesce(${caseFile.decisionNumber}, ''))`;

const likeArg = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The cursor is the last row's sort key, opaque to clients: registered_at and id, newest first. */
const encodeCursor = (registeredAt: Date, id: string) => Buffer.from(JSON.stringify([registeredAt.toISOString(), id])).toString('base64url');
const decodeCursor = (cursor: string): [string, string] => {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    if (Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/.test(id)) throw new Error('bad');
    return [at, id];
  } catch {
    throw invalid('CURSOR_INVALID', '翻页游标无效，请从第一页重新查询');
  }
};

const DATE_COLUMNS = { filed: caseFile.filedOn, decided: caseFile.decidedOn, closed: caseFile.closedOn } as const;

/** The WHERE of the list: the actor's scope AND every filter given. Exported for the benchmark's naive baseline. */
export const caseListWhere = (actor: Actor, filter: CaseFilter, ctx: CaseListContext): SQL => {
  const c: SQL[] = [readableCases(actor)];
  const statuses = statusesOf(filter.status);
  if (statuses.length === 1) c.push(eq(caseFile.status, statuses[0]));
  else if (statuses.length > 1) c.push(inArray(caseFile.status, statuses));
  const q = filter.q?.trim();
  if (q) {
    // One expression over the four texts, the one `case_file_text_trgm_idx` (migration 0022) indexes. Case folding
    // costs: ILIKE only when the words have Latin letters; Chinese and digits match the same by LIKE.
    c.push(sql`${caseText} ${sql.raw(/[A-Za-z]/.test(q) ? 'ilike' : 'like')} ${likeArg(q)}`);
  }
  if (filter.mine) c.push(handledBy(actor.accountId));
  if (filter.officerId) c.push(handledBy(filter.officerId));
  if (filter.itemId) c.push(eq(caseFile.itemId, filter.itemId));
  if (filter.partyId) c.push(eq(caseFile.partyId, filter.partyId));
  const partyText = filter.party?.trim();
  if (partyText) {
    c.push(
      sql`exists (select 1 from ${party} where ${party.id} = ${caseFile.partyId} and (${ilike(party.name, likeArg(partyText))} or ${party.creditCode} = ${partyText.toUpperCase()}))`,
    );
  }
  if (filter.from && filter.to && filter.from > filter.to) throw invalid('DATE_RANGE_INVALID', '开始日期不能晚于结束日期');
  const field = filter.dateField ?? 'registered';
  if (field === 'registered') {
    // registered_at is an instant; the range is of Beijing dates.
    if (filter.from) c.push(gte(caseFile.registeredAt, new Date(`${filter.from}T00:00:00+08:00`)));
    if (filter.to) c.push(lte(caseFile.registeredAt, new Date(`${filter.to}T23:59:59.999+08:00`)));
  } else {
    const column = DATE_COLUMNS[field];
    if (filter.from) c.push(gte(column, filter.from));
    if (filter.to) c.push(lte(column, filter.to));
  }
  if (filter.due === 'overdue') c.push(openDeadlineWhere(sql`${caseDeadline.dueOn} < ${ctx.today}`));
  if (filter.due === 'soon') c.push(openDeadlineWhere(sql`${caseDeadline.dueOn} >= ${ctx.today} and ${caseDeadline.dueOn} <= ${dueSoonUntil(ctx.calendar, ctx.today)}`));
  if (filter.due === 'by') {
    if (!filter.dueBy) throw invalid('DUE_BY_MISSING', '按截止日期筛选时请给出日期');
    c.push(openDeadlineWhere(sql`${caseDeadline.dueOn} <= ${filter.dueBy}`));
  }
  return and(...c)!;
};

type Handler = { accountId: string; name: string; role: 'lead' | 'assistant' };

const handlersOf = async (db: Db, caseIds: string[]) => {
  const map = new Map<string, Handler[]>();
  if (caseIds.length === 0) return map;
  const rows = await db
    .select({ caseId: caseHandler.caseId, accountId: caseHandler.accountId, role: caseHandler.role, name: account.displayName })
    .from(caseHandler)
    .innerJoin(account, eq(account.id, caseHandler.accountId))
    .where(inArray(caseHandler.caseId, caseIds));
  for (const r of rows.sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1))) {
    map.set(r.caseId, [...(map.get(r.caseId) ?? []), { accountId: r.accountId, name: r.name, role: r.role as Handler['role'] }]);
  }
  return map;
};

/** Each case's earliest open deadline and how many are open. */
const deadlinesOf = async (db: Db, caseIds: string[]) => {
  const map = new Map<string, { key: string; label: string; dueOn: string; open: number }>();
  if (caseIds.length === 0) return map;
  const rows = await db
    .select({ caseId: caseDeadline.caseId, key: caseDeadline.key, label: caseDeadline.label, dueOn: caseDeadline.dueOn })
    .from(caseDeadline)
    .where(and(inArray(caseDeadline.caseId, caseIds), isNull(caseDeadline.doneOn)))
    .orderBy(asc(caseDeadline.dueOn), asc(caseDeadline.key));
  for (const r of rows) {
    const seen = map.get(r.caseId);
    if (seen) seen.open += 1;
    else map.set(r.caseId, { key: r.key, label: r.label, dueOn: r.dueOn, open: 1 });
  }
  return map;
};

/** deadlineState, except that a calendar year nobody entered yet must not take the whole list down. */
const stateOf = (ctx: CaseListContext, dueOn: string): DeadlineState => {
  try {
    return deadlineState(ctx.calendar, dueOn, ctx.today);
  } catch (e) {
    if (isDomainError(e) && e.code === 'CALENDAR_YEAR_MISSING') return dueOn < ctx.today ? 'overdue' : 'open';
    throw e;
  }
};

/**
 * 案件列表: the actor's readable cases filtered, newest registration first. Page numbers for the console's table;
 * `after` (keyset on registered_at, id) for walking far without OFFSET and without counting.
 */
export const listCases = async (db: Db, actor: Actor, filter: CaseFilter, page: number, pageSize: number, context?: CaseListContext) => {
  const ctx: CaseListContext = context ?? { today: chinaDateOf(new Date()), calendar: buildCalendar([], []) };
  const where = caseListWhere(actor, filter, ctx);
  const cursor = filter.after ? decodeCursor(filter.after) : undefined;
  const pageWhere = cursor ? and(where, sql`(${caseFile.registeredAt}, ${caseFile.id}) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)`)! : where;
  // Counting stops at TOTAL_CAP: past ten thousand, "10000+" tells a reader as much as the exact figure, and a
  // supervisor's unfiltered list would otherwise count a whole province's cases on every page.
  const total = cursor
    ? -1
    : Number((await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from (select 1 from ${caseFile} where ${where} limit ${TOTAL_CAP + 1}) capped`))[0].n);
  const rows = await db
    .select({ c: caseFile, agencyName: agency.name, partyName: party.name })
    .from(caseFile)
    .innerJoin(agency, eq(agency.id, caseFile.agencyId))
    .leftJoin(party, eq(party.id, caseFile.partyId))
    .where(pageWhere)
    .orderBy(desc(caseFile.registeredAt), desc(caseFile.id))
    .limit(pageSize + 1)
    .offset(cursor ? 0 : (page - 1) * pageSize);
  const more = rows.length > pageSize;
  const shown = rows.slice(0, pageSize);
  const ids = shown.map((r) => r.c.id);
  const [handlers, deadlines] = [await handlersOf(db, ids), await deadlinesOf(db, ids)];
  const last = shown.at(-1);
  return {
    items: shown.map(({ c, agencyName, partyName }) => {
      const next = deadlines.get(c.id);
      return {
        id: c.id,
        clueNumber: c.clueNumber,
        caseNumber: c.caseNumber,
        title: c.title,
        status: c.status,
        statusLabel: CASE_STATUS_LABELS[c.status as CaseStatus] ?? c.status,
        procedure: c.procedure as 'general' | 'simple',
        source: c.source as never,
        agencyId: c.agencyId,
        agencyName,
        partyName,
        handlers: handlers.get(c.id) ?? [],
        registeredAt: c.registeredAt.toISOString(),
        updatedAt: c.updatedAt.toISOString(),
        itemId: c.itemId,
        nextDeadline: next ? { key: next.key, label: next.label, dueOn: next.dueOn, state: stateOf(ctx, next.dueOn) } : null,
        openDeadlines: next?.open ?? 0,
      };
    }),
    total: Math.min(total, TOTAL_CAP),
    totalCapped: total > TOTAL_CAP,
    page: cursor ? 1 : page,
    pageSize,
    nextCursor: more && last ? encodeCursor(last.c.registeredAt, last.c.id) : null,
  };
};
