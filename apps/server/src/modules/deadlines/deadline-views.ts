import { type Actor, daysBetween, deadlineState, type PlainDate, scopeFor, type WorkingCalendar } from '@sanxiang/domain';
import { account, agency, agencyUnit, caseDeadline, caseFile, caseHandler, type Db } from '@sanxiang/db';
import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { dueSoonUntil } from './due-window.ts';

/** Today in Beijing and the working calendar, read before any transaction. */
export type DeadlineContext = { today: PlainDate; calendar: WorkingCalendar };

type OpenState = 'open' | 'due-soon' | 'overdue';

// The lead officer (主办人) of each case: the one a deadline is chased with.
const leadHandler = alias(caseHandler, 'lead_handler');
const leadAccount = alias(account, 'lead_account');
const onLead = and(eq(leadHandler.caseId, caseFile.id), eq(leadHandler.role, 'lead'));

const itemColumns = {
  caseId: caseDeadline.caseId,
  caseNumber: caseFile.caseNumber,
  clueNumber: caseFile.clueNumber,
  caseTitle: caseFile.title,
  caseStatus: caseFile.status,
  key: caseDeadline.key,
  ref: caseDeadline.ref,
  label: caseDeadline.label,
  basis: caseDeadline.basis,
  startedOn: caseDeadline.startedOn,
  dueOn: caseDeadline.dueOn,
  unitName: agencyUnit.name,
  leadName: leadAccount.displayName,
};

type Row = { [K in keyof typeof itemColumns]: K extends 'caseNumber' | 'unitName' | 'leadName' ? string | null : string } & { myRole?: string | null };

const toItem = (ctx: DeadlineContext, r: Row) => ({
  caseId: r.caseId,
  caseNumber: r.caseNumber,
  clueNumber: r.clueNumber,
  caseTitle: r.caseTitle,
  caseStatus: r.caseStatus,
  key: r.key,
  ref: r.ref,
  label: r.label,
  basis: r.basis,
  startedOn: r.startedOn,
  dueOn: r.dueOn,
  // Open deadlines only (done_on is null), so the state is one of the three running ones.
  state: deadlineState(ctx.calendar, r.dueOn, ctx.today) as OpenState,
  daysLeft: daysBetween(ctx.today, r.dueOn),
  unitName: r.unitName,
  leadName: r.leadName,
  myRole: (r.myRole ?? null) as 'lead' | 'assistant' | null,
});

const countsOf = (items: Array<{ state: OpenState }>) => ({
  overdue: items.filter((i) => i.state === 'overdue').length,
  dueSoon: items.filter((i) => i.state === 'due-soon').length,
  upcoming: items.filter((i) => i.state === 'open').length,
});

/** 我的期限: the running deadlines of every case of the actor's agency that the actor handles (lead or assistant). */
export const myDeadlines = async (db: Db, actor: Actor, ctx: DeadlineContext) => {
  const rows = await db
    .select({ ...itemColumns, myRole: caseHandler.role })
    .from(caseDeadline)
    .innerJoin(caseFile, eq(caseFile.id, caseDeadline.caseId))
    .innerJoin(caseHandler, and(eq(caseHandler.caseId, caseFile.id), eq(caseHandler.accountId, actor.accountId)))
    .leftJoin(agencyUnit, eq(agencyUnit.id, caseFile.unitId))
    .leftJoin(leadHandler, onLead)
    .leftJoin(leadAccount, eq(leadAccount.id, leadHandler.accountId))
    .where(and(isNull(caseDeadline.doneOn), eq(caseFile.agencyId, actor.agencyId)))
    .orderBy(asc(caseDeadline.dueOn), asc(caseFile.clueNumber), asc(caseDeadline.key));
  const items = rows.map((r) => toItem(ctx, r));
  return {
    today: ctx.today,
    soonUntil: dueSoonUntil(ctx.calendar, ctx.today),
    counts: countsOf(items),
    overdue: items.filter((i) => i.state === 'overdue'),
    dueSoon: items.filter((i) => i.state === 'due-soon'),
    upcoming: items.filter((i) => i.state === 'open'),
  };
};

/** Counts of open deadlines in the three windows, as SQL aggregates over case_deadline. */
const windowCounts = (ctx: DeadlineContext) => {
  const soon = dueSoonUntil(ctx.calendar, ctx.today);
  return {
    overdue: sql<number>`count(*) filter (where ${caseDeadline.dueOn} < ${ctx.today})`.mapWith(Number),
    dueSoon: sql<number>`count(*) filter (where ${caseDeadline.dueOn} >= ${ctx.today} and ${caseDeadline.dueOn} <= ${soon})`.mapWith(Number),
    upcoming: sql<number>`count(*) filter (where ${caseDeadline.dueOn} > ${soon})`.mapWith(Number),
  };
};

const ATTENTION_LIMIT = 500;

/**
 * 本机关期限: an agency head sees the whole agency, a unit head their unit; grouped by internal unit and lead
 * officer, with the overdue and due-soon deadlines listed (earliest first).
 */
export const agencyDeadlines = async (db: Db, actor: Actor, ctx: DeadlineContext, query: { unitId?: string }) => {
  const scope = scopeFor(actor.roles, 'deadline.agency') === 'agency' ? 'agency' : 'unit';
  const where: SQL[] = [isNull(caseDeadline.doneOn), eq(caseDeadline.agencyId, actor.agencyId)];
  if (scope === 'unit') where.push(actor.unitId ? eq(caseFile.unitId, actor.unitId) : sql`false`);
  if (query.unitId) where.push(eq(caseFile.unitId, query.unitId));
  const condition = and(...where)!;
  const soon = dueSoonUntil(ctx.calendar, ctx.today);
  const groups = await db
    .select({ unitId: caseFile.unitId, unitName: agencyUnit.name, officerAccountId: leadHandler.accountId, officerName: leadAccount.displayName, ...windowCounts(ctx) })
    .from(caseDeadline)
    .innerJoin(caseFile, eq(caseFile.id, caseDeadline.caseId))
    .leftJoin(agencyUnit, eq(agencyUnit.id, caseFile.unitId))
    .leftJoin(leadHandler, onLead)
    .leftJoin(leadAccount, eq(leadAccount.id, leadHandler.accountId))
    .where(condition)
    .groupBy(caseFile.unitId, agencyUnit.name, leadHandler.accountId, leadAccount.displayName)
    .orderBy(asc(agencyUnit.name), asc(leadAccount.displayName));
  const attention = await db
    .select(itemColumns)
    .from(caseDeadline)
    .innerJoin(caseFile, eq(caseFile.id, caseDeadline.caseId))
    .leftJoin(agencyUnit, eq(agencyUnit.id, caseFile.unitId))
    .leftJoin(leadHandler, onLead)
    .leftJoin(leadAccount, eq(leadAccount.id, leadHandler.accountId))
    .where(and(condition, sql`${caseDeadline.dueOn} <= ${soon}`))
    .orderBy(asc(caseDeadline.dueOn), asc(caseFile.clueNumber), asc(caseDeadline.key))
    .limit(ATTENTION_LIMIT);
  const [ag] = await db.select({ name: agency.name }).from(agency).where(eq(agency.id, actor.agencyId));
  const [unit] = actor.unitId ? await db.select({ name: agencyUnit.name }).from(agencyUnit).where(eq(agencyUnit.id, actor.unitId)) : [];
  const total = groups.reduce((t, g) => ({ overdue: t.overdue + g.overdue, dueSoon: t.dueSoon + g.dueSoon, upcoming: t.upcoming + g.upcoming }), { overdue: 0, dueSoon: 0, upcoming: 0 });
  return {
    today: ctx.today,
    soonUntil: soon,
    scope,
    agencyName: ag?.name ?? '',
    unitName: scope === 'unit' ? (unit?.name ?? null) : null,
    counts: total,
    groups,
    attention: attention.map((r) => toItem(ctx, r)),
  } as const;
};

/** 执法监督: per agency of the supervisor's jurisdiction, how many deadlines are overdue, due soon and running. */
export const supervisionDeadlines = async (db: Db, actor: Actor, ctx: DeadlineContext) => {
  const ids = [...actor.jurisdictionAgencyIds];
  // The 司法局 themselves handle no cases: only the enforcement agencies are listed.
  const agencies = ids.length ? await db.select({ id: agency.id, name: agency.name }).from(agency).where(and(inArray(agency.id, ids), eq(agency.isSupervisor, false))) : [];
  const rows = ids.length
    ? await db
        .select({
          agencyId: caseDeadline.agencyId,
          ...windowCounts(ctx),
          oldestOverdueOn: sql<string | null>`min(${caseDeadline.dueOn}) filter (where ${caseDeadline.dueOn} < ${ctx.today})`,
          overdueCases: sql<number>`count(distinct ${caseDeadline.caseId}) filter (where ${caseDeadline.dueOn} < ${ctx.today})`.mapWith(Number),
        })
        .from(caseDeadline)
        .where(and(isNull(caseDeadline.doneOn), inArray(caseDeadline.agencyId, ids)))
        .groupBy(caseDeadline.agencyId)
    : [];
  const byAgency = new Map(rows.map((r) => [r.agencyId, r]));
  const collator = new Intl.Collator('zh-CN');
  const list = agencies
    .map((a) => {
      const r = byAgency.get(a.id);
      return {
        agencyId: a.id,
        agencyName: a.name,
        overdue: r?.overdue ?? 0,
        dueSoon: r?.dueSoon ?? 0,
        upcoming: r?.upcoming ?? 0,
        oldestOverdueOn: r?.oldestOverdueOn ? String(r.oldestOverdueOn).slice(0, 10) : null,
        overdueCases: r?.overdueCases ?? 0,
      };
    })
    // Most overdue first: that is what a supervisor acts on.
    .sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || collator.compare(a.agencyName, b.agencyName));
  return {
    today: ctx.today,
    soonUntil: dueSoonUntil(ctx.calendar, ctx.today),
    counts: list.reduce((t, a) => ({ overdue: t.overdue + a.overdue, dueSoon: t.dueSoon + a.dueSoon, upcoming: t.upcoming + a.upcoming }), { overdue: 0, dueSoon: 0, upcoming: 0 }),
    agencies: list,
  };
};
