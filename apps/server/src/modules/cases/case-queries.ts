import { type Actor, allowedCaseActions, CASE_STATUS_LABELS, type CaseStatus, caseRelationOf, checkAccess, notFound, scopesFor } from '@sanxiang/domain';
import { account, agency, agencyUnit, caseEvent, caseFile, caseHandler, type Db, party } from '@sanxiang/db';
import { and, asc, count, desc, eq, gte, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';

const EVENT_LABELS: Record<string, string> = {
  'clue-registered': '案源登记',
  'filing-requested': '申请立案',
  filed: '立案',
  'not-filed': '不予立案',
};

const handledBy = (accountId: string) =>
  sql`exists (select 1 from ${caseHandler} where ${caseHandler.caseId} = ${caseFile.id} and ${caseHandler.accountId} = ${accountId})`;

/** The cases the actor may read, as one SQL condition: the OR of every scope their roles give. */
export const readableCases = (actor: Actor): SQL => {
  const parts = scopesFor(actor.roles, 'case.read').map((scope): SQL => {
    switch (scope) {
      case 'own':
        return and(eq(caseFile.agencyId, actor.agencyId), handledBy(actor.accountId))!;
      case 'unit':
        return actor.unitId ? and(eq(caseFile.agencyId, actor.agencyId), eq(caseFile.unitId, actor.unitId))! : sql`false`;
      case 'agency':
        return eq(caseFile.agencyId, actor.agencyId);
      case 'jurisdiction':
        return actor.jurisdictionAgencyIds.size ? inArray(caseFile.agencyId, [...actor.jurisdictionAgencyIds]) : sql`false`;
      case 'global':
        return sql`true`;
    }
  });
  return parts.length ? or(...parts)! : sql`false`;
};

const handlersOf = async (db: Db, caseIds: string[]) => {
  if (caseIds.length === 0) return new Map<string, Array<{ accountId: string; name: string; role: 'lead' | 'assistant' }>>();
  const rows = await db
    .select({ caseId: caseHandler.caseId, accountId: caseHandler.accountId, role: caseHandler.role, name: account.displayName })
    .from(caseHandler)
    .innerJoin(account, eq(account.id, caseHandler.accountId))
    .where(inArray(caseHandler.caseId, caseIds));
  const map = new Map<string, Array<{ accountId: string; name: string; role: 'lead' | 'assistant' }>>();
  for (const r of rows.sort((a, b) => (a.role === 'lead' ? -1 : b.role === 'lead' ? 1 : 0))) {
    map.set(r.caseId, [...(map.get(r.caseId) ?? []), { accountId: r.accountId, name: r.name, role: r.role as 'lead' | 'assistant' }]);
  }
  return map;
};

const summaryColumns = { c: caseFile, agencyName: agency.name, partyName: party.name, unitName: agencyUnit.name };

const toSummary = (r: { c: typeof caseFile.$inferSelect; agencyName: string; partyName: string | null }, handlers: Map<string, Array<{ accountId: string; name: string; role: 'lead' | 'assistant' }>>) => ({
  id: r.c.id,
  clueNumber: r.c.clueNumber,
  caseNumber: r.c.caseNumber,
  title: r.c.title,
  status: r.c.status,
  statusLabel: CASE_STATUS_LABELS[r.c.status as CaseStatus] ?? r.c.status,
  procedure: r.c.procedure as 'general' | 'simple',
  source: r.c.source as never,
  agencyId: r.c.agencyId,
  agencyName: r.agencyName,
  partyName: r.partyName,
  handlers: handlers.get(r.c.id) ?? [],
  registeredAt: r.c.registeredAt.toISOString(),
  updatedAt: r.c.updatedAt.toISOString(),
});

export type CaseFilter = { status?: string; q?: string; mine?: boolean; from?: string; to?: string };

export const listCases = async (db: Db, actor: Actor, filter: CaseFilter, page: number, pageSize: number) => {
  const c: SQL[] = [readableCases(actor)];
  if (filter.status) c.push(eq(caseFile.status, filter.status));
  if (filter.q) c.push(or(ilike(caseFile.title, `%${filter.q}%`), ilike(caseFile.clueNumber, `%${filter.q}%`), ilike(caseFile.caseNumber, `%${filter.q}%`))!);
  if (filter.mine) c.push(handledBy(actor.accountId));
  if (filter.from) c.push(gte(caseFile.registeredAt, new Date(`${filter.from}T00:00:00+08:00`)));
  if (filter.to) c.push(lte(caseFile.registeredAt, new Date(`${filter.to}T23:59:59.999+08:00`)));
  const where = and(...c);
  const [{ n }] = await db.select({ n: count() }).from(caseFile).where(where);
  const rows = await db
    .select(summaryColumns)
    .from(caseFile)
    .innerJoin(agency, eq(agency.id, caseFile.agencyId))
    .leftJoin(party, eq(party.id, caseFile.partyId))
    .leftJoin(agencyUnit, eq(agencyUnit.id, caseFile.unitId))
    .where(where)
    .orderBy(desc(caseFile.registeredAt), desc(caseFile.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const handlers = await handlersOf(db, rows.map((r) => r.c.id));
  return { items: rows.map((r) => toSummary(r, handlers)), total: Number(n), page, pageSize };
};

/** A case the actor may read, or CASE_NOT_FOUND: a case of another agency looks exactly like no case. */
export const getCase = async (db: Db, actor: Actor, id: string) => {
  const [row] = await db
    .select(summaryColumns)
    .from(caseFile)
    .innerJoin(agency, eq(agency.id, caseFile.agencyId))
    .leftJoin(party, eq(party.id, caseFile.partyId))
    .leftJoin(agencyUnit, eq(agencyUnit.id, caseFile.unitId))
    .where(eq(caseFile.id, id));
  const handlers = await handlersOf(db, row ? [row.c.id] : []);
  const place = row && { agencyId: row.c.agencyId, unitId: row.c.unitId, handlerAccountIds: (handlers.get(row.c.id) ?? []).map((h) => h.accountId) };
  if (!row || checkAccess(actor, 'case.read', place) !== 'allow') throw notFound('CASE_NOT_FOUND', '没有这个案件');
  const events = await db.select().from(caseEvent).where(eq(caseEvent.caseId, id)).orderBy(asc(caseEvent.seq));
  const lead = (handlers.get(row.c.id) ?? []).find((h) => h.role === 'lead');
  const relation = caseRelationOf(actor, { agencyId: row.c.agencyId, unitId: row.c.unitId, leadAccountId: lead?.accountId ?? null });
  const allowedActions = checkAccess(actor, 'case.act', place) === 'allow' ? allowedCaseActions(row.c.status, relation) : [];
  return {
    ...toSummary(row, handlers),
    occurredOn: row.c.occurredOn,
    filedOn: row.c.filedOn,
    allowedActions,
    unitName: row.unitName,
    events: events.map((e) => ({
      id: e.id,
      seq: e.seq,
      type: e.type,
      typeLabel: EVENT_LABELS[e.type] ?? e.type,
      at: e.at.toISOString(),
      actorName: e.actorName,
      place: e.place,
      payload: e.payload as Record<string, unknown>,
      correctsEventId: e.correctsEventId,
    })),
  };
};
