import { daysBetween, deadlineState, type PlainDate, type WorkingCalendar } from '@sanxiang/domain';
import { account, accountRole, agency, caseDeadline, caseFile, caseHandler, type Db, notification } from '@sanxiang/db';
import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { dueSoonUntil } from '../modules/deadlines/due-window.ts';
import { disclosureDeadlines } from '../modules/disclosure/disclosure-queries.ts';
import { reviewDeadlines } from '../modules/review/review-deadlines.ts';

/** One message to one account. (account, kind, subject) is unique: the same reminder is never written twice. */
export type Reminder = {
  accountId: string;
  kind: string;
  subject: string;
  title: string;
  body: string;
  caseId?: string | null;
  dueOn?: PlainDate | null;
};

export type ReminderContext = { today: PlainDate; calendar: WorkingCalendar; now: Date };

/** A kind of deadline the reminder job looks at: what is due soon or overdue today, and who should hear of it. */
export type ReminderSource = { name: string; collect: (tx: Db, ctx: ReminderContext) => Promise<Reminder[]> };

const daysText = (today: PlainDate, dueOn: PlainDate) => {
  const d = daysBetween(today, dueOn);
  return d < 0 ? `已逾期${-d}天` : d === 0 ? '今天到期' : `还有${d}天`;
};

/** Active accounts holding `role` in the given agencies, with their unit. */
const holders = async (tx: Db, role: string, agencyIds: string[]) =>
  agencyIds.length
    ? tx
        .select({ accountId: account.id, agencyId: account.agencyId, unitId: account.unitId })
        .from(account)
        .innerJoin(accountRole, and(eq(accountRole.accountId, account.id), eq(accountRole.role, role)))
        .where(and(inArray(account.agencyId, agencyIds), eq(account.status, 'active')))
    : Promise.resolve([]);

/**
 * Case deadlines (case_deadline, written by the acts): the lead officer hears when one is due within 3 working
 * days and again when it is overdue; the unit head of the case's unit and the agency head hear when it is overdue.
 */
export const caseDeadlineSource: ReminderSource = {
  name: 'case-deadlines',
  collect: async (tx, { today, calendar }) => {
    const rows = await tx
      .select({
        caseId: caseDeadline.caseId,
        key: caseDeadline.key,
        ref: caseDeadline.ref,
        label: caseDeadline.label,
        basis: caseDeadline.basis,
        dueOn: caseDeadline.dueOn,
        agencyId: caseDeadline.agencyId,
        unitId: caseFile.unitId,
        number: sql<string>`coalesce(${caseFile.caseNumber}, ${caseFile.clueNumber})`,
        title: caseFile.title,
        leadAccountId: caseHandler.accountId,
      })
      .from(caseDeadline)
      .innerJoin(caseFile, eq(caseFile.id, caseDeadline.caseId))
      .leftJoin(caseHandler, and(eq(caseHandler.caseId, caseFile.id), eq(caseHandler.role, 'lead')))
      .where(and(isNull(caseDeadline.doneOn), lte(caseDeadline.dueOn, dueSoonUntil(calendar, today))))
      .orderBy(asc(caseDeadline.dueOn));
    const overdueAgencies = [...new Set(rows.filter((r) => r.dueOn < today).map((r) => r.agencyId))];
    const unitHeads = await holders(tx, 'unit_head', overdueAgencies);
    const agencyHeads = await holders(tx, 'agency_head', overdueAgencies);
    const out: Reminder[] = [];
    for (const r of rows) {
      const state = deadlineState(calendar, r.dueOn, today);
      if (state !== 'overdue' && state !== 'due-soon') continue;
      // The due date is part of the subject: an extension (a new due date) is a new deadline to remind of.
      const subject = `case-deadline:${r.caseId}:${r.key}:${r.ref}:${r.dueOn}`;
      const what = `${r.number}《${r.title}》的“${r.label}”期限`;
      const base = { caseId: r.caseId, dueOn: r.dueOn, subject };
      if (state === 'due-soon') {
        if (r.leadAccountId) out.push({ ...base, accountId: r.leadAccountId, kind: 'deadline-due-soon', title: `期限临近：${r.label}`, body: `${what}将于${r.dueOn}届满（${daysText(today, r.dueOn)}）。依据：${r.basis}` });
        continue;
      }
      const text = { kind: 'deadline-overdue', title: `期限已逾期：${r.label}`, body: `${what}已于${r.dueOn}届满（${daysText(today, r.dueOn)}），请督办。依据：${r.basis}` };
      const to = new Set<string>();
      if (r.leadAccountId) to.add(r.leadAccountId);
      for (const h of unitHeads) if (h.agencyId === r.agencyId && r.unitId && h.unitId === r.unitId) to.add(h.accountId);
      for (const h of agencyHeads) if (h.agencyId === r.agencyId) to.add(h.accountId);
      for (const accountId of to) out.push({ ...base, ...text, accountId });
    }
    return out;
  },
};

/** 事后公开 publication and withdrawal duties (modules/disclosure): the agency heads hear of them. */
export const disclosureSource: ReminderSource = {
  name: 'disclosure',
  collect: async (tx, { today, calendar }) => {
    const agencies = (await tx.select({ id: agency.id }).from(agency)).map((a) => a.id);
    const items = await disclosureDeadlines(tx, agencies, today, calendar);
    const heads = await holders(tx, 'agency_head', [...new Set(items.map((i) => i.agencyId))]);
    return items.flatMap((i) => {
      const duty = i.duty === 'withdrawal' ? '撤回已公开的' : '公开';
      const overdue = i.state === 'overdue';
      return heads
        .filter((h) => h.agencyId === i.agencyId)
        .map((h) => ({
          accountId: h.accountId,
          kind: overdue ? 'disclosure-overdue' : 'disclosure-due-soon',
          subject: `disclosure:${i.id}:${i.duty}:${i.dueOn}`,
          title: `${overdue ? '公示已逾期' : '公示期限临近'}：${duty}${i.kindLabel}决定`,
          body: `${i.documentNumber}（${i.partyName}）应于${i.dueOn}前${duty}${i.kindLabel}决定信息（${daysText(today, i.dueOn)}）。`,
          caseId: null,
          dueOn: i.dueOn,
        }));
    });
  },
};

/** 法制审核 rounds (modules/review): the assigned reviewer hears when one is due soon or overdue, the agency head when overdue. */
export const reviewSource: ReminderSource = {
  name: 'review',
  collect: async (tx, { today, calendar }) => {
    const agencies = (await tx.select({ id: agency.id }).from(agency)).map((a) => a.id);
    const items = (await reviewDeadlines(tx, agencies, today, calendar)).filter((r) => r.state === 'due-soon' || r.state === 'overdue');
    const heads = await holders(tx, 'agency_head', [...new Set(items.filter((r) => r.state === 'overdue').map((r) => r.agencyId))]);
    return items.flatMap((r) => {
      const overdue = r.state === 'overdue';
      const to = new Set<string>();
      if (r.assigneeAccountId) to.add(r.assigneeAccountId);
      if (overdue) for (const h of heads) if (h.agencyId === r.agencyId) to.add(h.accountId);
      return [...to].map((accountId) => ({
        accountId,
        kind: overdue ? 'review-overdue' : 'review-due-soon',
        subject: `review:${r.reviewId}:${r.dueOn}`,
        title: `${overdue ? '法制审核已逾期' : '法制审核期限临近'}（第${r.roundNo}轮）`,
        body: `法制审核应于${r.dueOn}前完成（${daysText(today, r.dueOn)}）${r.assigneeName ? `，审核人：${r.assigneeName}` : '，尚未指定审核人'}。`,
        caseId: r.caseId,
        dueOn: r.dueOn,
      }));
    });
  },
};

export const REMINDER_SOURCES: readonly ReminderSource[] = [caseDeadlineSource, disclosureSource, reviewSource];

/**
 * The reminder run (daily and on demand): every source's reminders, inserted once. Concurrent or repeated runs
 * are harmless: the unique (account, kind, subject) index drops what was already written.
 */
export const runDeadlineReminders = async (tx: Db, ctx: ReminderContext, sources: readonly ReminderSource[] = REMINDER_SOURCES) => {
  const result: Array<{ source: string; written: number }> = [];
  for (const source of sources) {
    const reminders = await source.collect(tx, ctx);
    let written = 0;
    for (let i = 0; i < reminders.length; i += 500) {
      const chunk = reminders.slice(i, i + 500);
      const inserted = await tx
        .insert(notification)
        .values(chunk.map((r) => ({ ...r, caseId: r.caseId ?? null, dueOn: r.dueOn ?? null, createdAt: ctx.now })))
        .onConflictDoNothing({ target: [notification.accountId, notification.kind, notification.subject] })
        .returning({ id: notification.id });
      written += inserted.length;
    }
    result.push({ source: source.name, written });
  }
  return { today: ctx.today, written: result.reduce((n, r) => n + r.written, 0), sources: result };
};
