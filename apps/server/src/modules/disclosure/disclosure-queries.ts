import {
  type Actor,
  addWorkingDays,
  chinaDateOf,
  deadlineState,
  DISCLOSURE_KIND_LABELS,
  DISCLOSURE_STATUS_LABELS,
  disclosureActionsOf,
  type DisclosureKind,
  type DisclosureStatus,
  PUBLICATION_RULE_OF,
  publicFieldsOf,
  scopeFor,
  SEVERITY_LABELS,
  type Severity,
  type WorkingCalendar,
} from '@sanxiang/domain';
import type { DisclosureDeadlineItem, DisclosureRecordDetail, DisclosureRecordItem } from '@sanxiang/contracts';
import { agency, type Db, disclosureEvent, disclosureRecord } from '@sanxiang/db';
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, lte, or, type SQL } from 'drizzle-orm';
import { DISCLOSURE_EVENT_LABELS } from './disclosure-events.ts';
import { type DisclosureRow, publicDecisionOf } from './disclosure-record.ts';
import { recordForAct } from './publish-disclosure.ts';

/** Where a record lives on the portal. */
export const decisionPath = (id: string) => `/decisions/${id}`;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const recordItemOf = (row: DisclosureRow, agencyName: string, actor: Actor, today: string, calendar: WorkingCalendar | null): DisclosureRecordItem => {
  const status = row.status as DisclosureStatus;
  const doneOn = row.publishedAt ? chinaDateOf(row.publishedAt) : status === 'withdrawn' && row.withdrawnAt ? chinaDateOf(row.withdrawnAt) : null;
  const state = calendar ? safeState(calendar, row.dueOn, today, doneOn) : doneOn ? (doneOn <= row.dueOn ? 'met' : 'late') : today > row.dueOn ? 'overdue' : 'open';
  const mayRemove = scopeFor(actor.roles, 'disclosure.remove') !== undefined;
  return {
    id: row.id,
    agencyId: row.agencyId,
    agencyName,
    caseId: row.caseId,
    kind: row.kind as DisclosureKind,
    kindLabel: DISCLOSURE_KIND_LABELS[row.kind as DisclosureKind],
    documentNumber: row.documentNumber,
    decisionDate: row.decisionDate,
    partyName: row.partyName,
    partyKind: row.partyKind as 'person' | 'organization',
    severity: row.severity as Severity,
    severityLabel: SEVERITY_LABELS[row.severity as Severity],
    status,
    statusLabel: DISCLOSURE_STATUS_LABELS[status],
    dueOn: row.dueOn,
    dueBasis: PUBLICATION_RULE_OF[row.kind as DisclosureKind].basis,
    deadlineState: state,
    publishedAt: iso(row.publishedAt),
    withdrawnAt: iso(row.withdrawnAt),
    withdrawalReason: row.withdrawalReason,
    withdrawalDueOn: row.withdrawalDueOn,
    displayEndsOn: row.displayEndsOn,
    displayMinEndsOn: row.displayMinEndsOn,
    removedAt: iso(row.removedAt),
    removalReason: row.removalReason,
    allowedActions: disclosureActionsOf(status)
      .filter((a): a is 'publish' | 'withdraw' | 'remove' => a !== 'expire')
      .filter((a) => a !== 'remove' || (mayRemove && (!row.displayMinEndsOn || today >= row.displayMinEndsOn))),
    publicUrl: decisionPath(row.id),
    createdAt: row.createdAt.toISOString(),
  };
};

// A due date in a year whose schedule is missing cannot be classed as due soon; it is at least open.
const safeState = (calendar: WorkingCalendar, due: string, today: string, doneOn: string | null) => {
  try {
    return deadlineState(calendar, due, today, doneOn);
  } catch {
    return today > due ? 'overdue' : 'open';
  }
};

export type ListDisclosuresFilter = { status?: DisclosureStatus; kind?: DisclosureKind; q?: string };

/** The actor's agency's records (newest decisions first), for the officer's work list. */
export const listDisclosures = async (tx: Db, actor: Actor, filter: ListDisclosuresFilter, page: number, pageSize: number, now: Date, calendar: WorkingCalendar) => {
  const where: SQL[] = [eq(disclosureRecord.agencyId, actor.agencyId)];
  if (filter.status) where.push(eq(disclosureRecord.status, filter.status));
  if (filter.kind) where.push(eq(disclosureRecord.kind, filter.kind));
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(disclosureRecord.documentNumber, like), ilike(disclosureRecord.partyName, like), ilike(disclosureRecord.category, like))!);
  }
  const cond = and(...where);
  const [{ n }] = await tx.select({ n: count() }).from(disclosureRecord).where(cond);
  const rows = await tx
    .select({ record: disclosureRecord, agencyName: agency.name })
    .from(disclosureRecord)
    .innerJoin(agency, eq(agency.id, disclosureRecord.agencyId))
    .where(cond)
    .orderBy(asc(sqlStatusOrder()), desc(disclosureRecord.decisionDate), desc(disclosureRecord.createdAt))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const today = chinaDateOf(now);
  return { items: rows.map((r) => recordItemOf(r.record, r.agencyName, actor, today, calendar)), total: Number(n), page, pageSize };
};

// Work first: drafts waiting to be published, then the rest.
const sqlStatusOrder = () => inArray(disclosureRecord.status, ['published', 'withdrawn', 'expired', 'removed']);

export const getDisclosure = async (tx: Db, actor: Actor, id: string, now: Date, calendar: WorkingCalendar): Promise<DisclosureRecordDetail> => {
  const { record, agencyName } = await recordForAct(tx, actor, id, 'disclosure.manage');
  const events = await tx.select().from(disclosureEvent).where(eq(disclosureEvent.recordId, id)).orderBy(asc(disclosureEvent.seq));
  return {
    ...recordItemOf(record, agencyName, actor, chinaDateOf(now), calendar),
    preview: publicFieldsOf(publicDecisionOf(record, agencyName)),
    events: events.map((e) => ({
      seq: e.seq,
      type: e.type,
      typeLabel: DISCLOSURE_EVENT_LABELS[e.type as keyof typeof DISCLOSURE_EVENT_LABELS] ?? e.type,
      at: e.at.toISOString(),
      payload: e.payload as Record<string, unknown>,
    })),
  };
};

/**
 * Unpublished records due within 3 working days or overdue, and published records whose decision was changed
 * and that are not yet withdrawn, for the given agencies. Reminder jobs and the dashboards call this.
 */
export const disclosureDeadlines = async (tx: Db, agencyIds: readonly string[], today: string, calendar: WorkingCalendar): Promise<DisclosureDeadlineItem[]> => {
  if (agencyIds.length === 0) return [];
  let horizon: string;
  try {
    horizon = addWorkingDays(calendar, today, 3);
  } catch {
    horizon = today;
  }
  const rows = await tx
    .select({ record: disclosureRecord, agencyName: agency.name })
    .from(disclosureRecord)
    .innerJoin(agency, eq(agency.id, disclosureRecord.agencyId))
    .where(
      and(
        inArray(disclosureRecord.agencyId, [...agencyIds]),
        or(
          and(inArray(disclosureRecord.status, ['draft', 'approved']), lte(disclosureRecord.dueOn, horizon)),
          and(eq(disclosureRecord.status, 'published'), isNotNull(disclosureRecord.withdrawalDueOn)),
        ),
      ),
    )
    .orderBy(asc(disclosureRecord.dueOn));
  return rows
    .map(({ record: r, agencyName }): DisclosureDeadlineItem => {
      const duty = r.status === 'published' ? 'withdrawal' : 'publication';
      const dueOn = duty === 'withdrawal' ? r.withdrawalDueOn! : r.dueOn;
      return {
        id: r.id,
        agencyId: r.agencyId,
        agencyName,
        documentNumber: r.documentNumber,
        partyName: r.partyName,
        kind: r.kind as DisclosureKind,
        kindLabel: DISCLOSURE_KIND_LABELS[r.kind as DisclosureKind],
        duty,
        dueOn,
        state: today > dueOn ? 'overdue' : 'due-soon',
      };
    })
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
};

/** The supervisor's dashboard: per agency of the jurisdiction, overdue and due-soon duties, and what is on display. */
export const supervisionOf = async (tx: Db, actor: Actor, now: Date, calendar: WorkingCalendar) => {
  const today = chinaDateOf(now);
  const ids = [...actor.jurisdictionAgencyIds];
  const items = await disclosureDeadlines(tx, ids, today, calendar);
  const agencies = ids.length ? await tx.select({ id: agency.id, name: agency.name }).from(agency).where(inArray(agency.id, ids)).orderBy(asc(agency.name)) : [];
  const published = ids.length
    ? await tx
        .select({ agencyId: disclosureRecord.agencyId, n: count() })
        .from(disclosureRecord)
        .where(and(inArray(disclosureRecord.agencyId, ids), eq(disclosureRecord.status, 'published')))
        .groupBy(disclosureRecord.agencyId)
    : [];
  const publishedBy = new Map(published.map((p) => [p.agencyId, Number(p.n)]));
  return {
    today,
    agencies: agencies.map((a) => {
      const mine = items.filter((i) => i.agencyId === a.id);
      return {
        agencyId: a.id,
        agencyName: a.name,
        overduePublication: mine.filter((i) => i.duty === 'publication' && i.state === 'overdue').length,
        overdueWithdrawal: mine.filter((i) => i.duty === 'withdrawal' && i.state === 'overdue').length,
        dueSoon: mine.filter((i) => i.state === 'due-soon').length,
        published: publishedBy.get(a.id) ?? 0,
      };
    }),
    items: items.filter((i) => i.state === 'overdue'),
  };
};
