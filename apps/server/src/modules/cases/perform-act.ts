import {
  type Actor,
  CASE_DOCUMENT_KINDS,
  type CaseAction,
  type CaseDocumentKind,
  type CaseRules,
  type CaseState,
  type CaseStatus,
  chinaDateOf,
  DEADLINE_RULES,
  effectiveCaseRules,
  type PlainDate,
  type WorkingCalendar,
  yearOf,
} from '@sanxiang/domain';
import { account, agency, caseDeadline, caseDocument, caseFile, caseRuleSetting, type Db } from '@sanxiang/db';
import { and, eq, sql } from 'drizzle-orm';
import { formatDocumentNumber, nextSequence } from '../numbering/next-number.ts';
import { caseForAct } from './case-act.ts';
import { appendCaseEvent } from './case-events.ts';

const DECISION_DOCUMENTS = new Set<string>(['penalty-decision', 'no-penalty-decision', 'on-the-spot-decision']);

export type ActEnv = { now: Date; calendar: WorkingCalendar };

export type ActContext = {
  tx: Db;
  actor: Actor;
  now: Date;
  today: PlainDate;
  calendar: WorkingCalendar;
  row: typeof caseFile.$inferSelect;
  handlers: Array<{ accountId: string; role: string }>;
  state: CaseState;
  rules: CaseRules;
  agency: { id: string; name: string; shortName: string };
  /** The actor's name as the record keeps it. */
  actorName: string | null;
};

export type DeadlineOpen = { key: keyof typeof DEADLINE_RULES | string; startedOn: PlainDate; dueOn: PlainDate; ref?: string; label?: string; basis?: string };

/** What an act does to the case: its event, where the case goes, what it issues and which deadlines it starts or meets. */
export type ActOutcome = {
  type: string;
  payload: Record<string, unknown>;
  place?: string | null;
  status?: CaseStatus;
  columns?: Partial<Pick<typeof caseFile.$inferInsert, 'decisionNumber' | 'decidedOn' | 'fineFen' | 'closedOn' | 'itemId' | 'caseNumber' | 'filedOn'>>;
  state?: Partial<CaseState>;
  documents?: Array<{ kind: CaseDocumentKind; data: Record<string, unknown> }>;
  openDeadlines?: DeadlineOpen[];
  /** Deadlines this act meets (done today) or makes moot. */
  closeDeadlines?: Array<{ key: string; ref?: string; doneOn?: PlainDate }>;
};

export type CaseActHandler<I> = { action: CaseAction; run: (ctx: ActContext, input: I) => Promise<ActOutcome> | ActOutcome };

export const caseRulesFor = async (tx: Db, agencyId: string): Promise<CaseRules> => {
  const [row] = await tx.select({ rules: caseRuleSetting.rules }).from(caseRuleSetting).where(eq(caseRuleSetting.agencyId, agencyId));
  return effectiveCaseRules(row?.rules as Partial<CaseRules> | undefined);
};

/** What every act reads besides the case, in one query: the agency, its procedure numbers and the actor's name. */
export const actSurroundings = async (tx: Db, agencyId: string, actorAccountId: string) => {
  const [row] = await tx
    .select({
      agency: { id: agency.id, name: agency.name, shortName: agency.shortName },
      rules: caseRuleSetting.rules,
      actorName: sql<string | null>`(select ${account.displayName} from ${account} where ${account.id} = ${actorAccountId})`,
    })
    .from(agency)
    .leftJoin(caseRuleSetting, eq(caseRuleSetting.agencyId, agency.id))
    .where(eq(agency.id, agencyId));
  return { agency: row.agency, rules: effectiveCaseRules(row.rules as Partial<CaseRules> | undefined), actorName: row.actorName };
};

/**
 * Runs one act on a case inside the caller's transaction: checks scope, actor and status against the act table,
 * lets the act's use case check its gates and say what happens, then appends the event (a ledger leaf) with its
 * numbered documents, moves the projection and the deadlines on. A refused act leaves nothing behind.
 */
export const performAct = async <I>(tx: Db, actor: Actor, caseId: string, handler: CaseActHandler<I>, input: I, env: ActEnv) => {
  const { row, handlers } = await caseForAct(tx, actor, caseId, handler.action);
  const today = chinaDateOf(env.now);
  const ctx: ActContext = { tx, actor, now: env.now, today, calendar: env.calendar, row, handlers, state: (row.state ?? {}) as CaseState, ...(await actSurroundings(tx, row.agencyId, actor.accountId)) };
  const outcome = await handler.run(ctx, input);
  return commitOutcome(ctx, outcome);
};

export const commitOutcome = async (ctx: ActContext, outcome: ActOutcome) => {
  const { tx, row, today } = ctx;
  const documents = [];
  for (const d of outcome.documents ?? []) {
    const spec = CASE_DOCUMENT_KINDS[d.kind];
    const number = spec.numberCode ? formatDocumentNumber(ctx.agency.shortName, spec.numberCode, yearOf(today), await nextSequence(tx, row.agencyId, `doc:${d.kind}`, yearOf(today))) : null;
    documents.push({ kind: d.kind, title: spec.title, number, issuedOn: today, data: d.data });
  }
  let state = outcome.state ? { ...ctx.state, ...outcome.state } : undefined;
  const columns = { ...(outcome.columns ?? {}) };
  // The number of a decision document is the case's decision number (决定书文号), listed and disclosed with it.
  const decisionDoc = documents.find((d) => DECISION_DOCUMENTS.has(d.kind));
  if (decisionDoc?.number) {
    columns.decisionNumber = decisionDoc.number;
    if (state?.decision) state = { ...state, decision: { ...state.decision, number: decisionDoc.number } };
  }
  const event = await appendCaseEvent(
    tx,
    {
      caseId: row.id,
      type: outcome.type,
      at: ctx.now,
      actorAccountId: ctx.actor.accountId,
      actorName: ctx.actorName,
      place: outcome.place ?? null,
      payload: documents.length ? { ...outcome.payload, documents } : outcome.payload,
    },
    { ...(outcome.status ? { status: outcome.status } : {}), ...columns, ...(state ? { state } : {}) },
  );
  if (documents.length) {
    await tx.insert(caseDocument).values(documents.map((d) => ({ caseId: row.id, eventId: event.id, kind: d.kind, title: d.title, number: d.number, issuedOn: d.issuedOn })));
  }
  for (const c of outcome.closeDeadlines ?? []) {
    await tx
      .update(caseDeadline)
      .set({ doneOn: c.doneOn ?? today })
      .where(and(eq(caseDeadline.caseId, row.id), eq(caseDeadline.key, c.key), eq(caseDeadline.ref, c.ref ?? ''), sql`${caseDeadline.doneOn} is null`));
  }
  for (const d of outcome.openDeadlines ?? []) {
    const rule = (DEADLINE_RULES as Record<string, { label: string; basis: string }>)[d.key];
    const values = { caseId: row.id, key: d.key, ref: d.ref ?? '', label: d.label ?? rule?.label ?? d.key, basis: d.basis ?? rule?.basis ?? '', startedOn: d.startedOn, dueOn: d.dueOn, doneOn: null, agencyId: row.agencyId };
    await tx.insert(caseDeadline).values(values).onConflictDoUpdate({ target: [caseDeadline.caseId, caseDeadline.key, caseDeadline.ref], set: { dueOn: values.dueOn, startedOn: values.startedOn, label: values.label, basis: values.basis, doneOn: null } });
  }
  return { event, documents };
};
