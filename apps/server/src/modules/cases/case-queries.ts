import { type Actor, allowedCaseActions, applicableCaseActions, CASE_STATUS_LABELS, type CaseStatus, caseRelationOf, checkAccess, notFound, scopesFor } from '@sanxiang/domain';
import { account, agency, agencyUnit, caseDeadline, caseDocument, caseEvent, caseFile, caseHandler, type Db, party } from '@sanxiang/db';
import { and, asc, count, desc, eq, gte, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';

const EVENT_LABELS: Record<string, string> = {
  'clue-registered': '案源登记',
  'filing-requested': '申请立案',
  filed: '立案',
  'not-filed': '不予立案',
  'no-conflict-declared': '回避声明',
  'inquiry-recorded': '询问笔录',
  'inspection-recorded': '现场检查笔录',
  'sampling-recorded': '抽样取证',
  'measure-taken': '采取措施',
  'measure-extended': '延长措施期限',
  'measure-ended': '措施处理／解除',
  'investigation-concluded': '调查终结',
  'draft-revised': '修改拟处理意见',
  'collective-discussion-held': '集体讨论',
  'prior-notice-served': '送达事先告知书',
  'statement-recorded': '陈述申辩',
  'rights-waived': '放弃陈述申辩／听证',
  'hearing-requested': '申请听证',
  'hearing-scheduled': '听证通知',
  'hearing-held': '举行听证',
  'decision-period-extended': '延长办案期限',
  'e-service-consent-recorded': '电子送达确认',
  decided: '作出决定',
  'decision-served': '送达决定书',
  'payment-recorded': '缴款',
  'deferral-approved': '批准延期（分期）缴纳',
  'remedy-recorded': '复议／诉讼',
  'reminder-served': '送达催告书',
  'enforcement-applied': '申请强制执行',
  closed: '结案',
  dismissed: '撤销立案',
  transferred: '移送',
  archived: '归档',
  'decided-on-the-spot': '当场处罚',
  'evidence-added': '添加证据',
  'review-submitted': '提交法制审核',
  'review-opinion': '法制审核意见',
  'review-assigned': '指派法制审核人员',
  'review-extended': '延长法制审核期限',
  'review-escalated': '法制审核分歧提请协调',
  'review-coordinated': '机关负责人协调法制审核分歧',
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

// 案件列表 (filters, paging, next deadline) lives in case-list.ts.
export { type CaseFilter, type CaseListContext, listCases } from './case-list.ts';

/** A case the actor may read, or CASE_NOT_FOUND: a case of another agency looks exactly like no case. */
const readableCase = async (db: Db, actor: Actor, id: string) => {
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
  return { row, handlers, place };
};

export const getCase = async (db: Db, actor: Actor, id: string) => {
  const { row, handlers, place } = await readableCase(db, actor, id);
  // The newest events only: a long case keeps its answer (and every act's answer) small; the rest on request.
  const events = (await db.select().from(caseEvent).where(eq(caseEvent.caseId, id)).orderBy(desc(caseEvent.seq)).limit(CASE_DETAIL_EVENTS)).reverse();
  const lead = (handlers.get(row.c.id) ?? []).find((h) => h.role === 'lead');
  const relation = caseRelationOf(actor, { agencyId: row.c.agencyId, unitId: row.c.unitId, leadAccountId: lead?.accountId ?? null, handlerAccountIds: (handlers.get(row.c.id) ?? []).map((h) => h.accountId) });
  const allowedActions = checkAccess(actor, 'case.act', place) === 'allow' ? applicableCaseActions(allowedCaseActions(row.c.status, relation), (row.c.state ?? {}) as never, actor.accountId) : [];
  return {
    ...toSummary(row, handlers),
    occurredOn: row.c.occurredOn,
    filedOn: row.c.filedOn,
    allowedActions,
    unitName: row.unitName,
    decisionNumber: row.c.decisionNumber,
    decidedOn: row.c.decidedOn,
    fineFen: Number(row.c.fineFen),
    closedOn: row.c.closedOn,
    state: (row.c.state ?? {}) as Record<string, unknown>,
    documents: await db
      .select({ id: caseDocument.id, kind: caseDocument.kind, title: caseDocument.title, number: caseDocument.number, issuedOn: caseDocument.issuedOn, eventId: caseDocument.eventId, eventSeq: caseEvent.seq })
      .from(caseDocument)
      .innerJoin(caseEvent, eq(caseEvent.id, caseDocument.eventId))
      .where(eq(caseDocument.caseId, id))
      .orderBy(asc(caseDocument.issuedOn), asc(caseDocument.eventId)),
    deadlines: await db.select({ key: caseDeadline.key, ref: caseDeadline.ref, label: caseDeadline.label, basis: caseDeadline.basis, startedOn: caseDeadline.startedOn, dueOn: caseDeadline.dueOn, doneOn: caseDeadline.doneOn }).from(caseDeadline).where(eq(caseDeadline.caseId, id)).orderBy(asc(caseDeadline.dueOn)),
    // Events are numbered 1, 2, 3… per case, so the newest one's number is the count.
    eventCount: events.at(-1)?.seq ?? 0,
    events: events.map(eventItemOf),
  };
};

/** How many of the newest events the case detail carries. */
export const CASE_DETAIL_EVENTS = 50;

const eventItemOf = (e: typeof caseEvent.$inferSelect) => ({
  id: e.id,
  seq: e.seq,
  type: e.type,
  typeLabel: EVENT_LABELS[e.type] ?? e.type,
  at: e.at.toISOString(),
  actorName: e.actorName,
  place: e.place,
  payload: e.payload as Record<string, unknown>,
  correctsEventId: e.correctsEventId,
});

/** 全过程记录 in full, oldest first, for whoever may read the case. */
export const getCaseEvents = async (db: Db, actor: Actor, id: string) => {
  await readableCase(db, actor, id);
  const events = await db.select().from(caseEvent).where(eq(caseEvent.caseId, id)).orderBy(asc(caseEvent.seq));
  return { items: events.map(eventItemOf) };
};
