import { account, caseDeadline, caseFile, enforcementItem, party } from '@sanxiang/db';
import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Client, TestApp } from './harness.ts';

// Test data builders for the case list, deadline views and reminders. Cases are registered through the API (the
// real record, ledger leaf and handlers); what later acts would have set (status, item, dates) and the deadlines
// they start are written to the projection directly, as those acts would.

export const accountIdOf = async (t: TestApp, username: string) => (await t.database.db.select({ id: account.id }).from(account).where(eq(account.username, username)))[0].id;

export const partyIdOf = async (t: TestApp, name: string) => (await t.database.db.select({ id: party.id }).from(party).where(eq(party.name, name)))[0].id;

/** Registers a clue as `c` at the test clock's current instant; returns its id. */
export const registerCase = async (c: Client, body: { title: string; partyId?: string; coHandlerAccountIds?: string[] }) => {
  const res = await c.post('/api/v1/cases', {
    title: body.title,
    source: 'inspection',
    description: '日常监督检查中发现的线索，用于验证案件列表和期限。',
    partyId: body.partyId,
    coHandlerAccountIds: body.coHandlerAccountIds ?? [],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};

/** What later acts would have written to the projection. */
export const setProjection = async (t: TestApp, caseId: string, values: Partial<typeof caseFile.$inferInsert>) => {
  await t.database.db.update(caseFile).set(values).where(eq(caseFile.id, caseId));
};

/** A running (or met) legal deadline on a case, as the act that starts it writes it. */
export const addDeadline = async (t: TestApp, caseId: string, d: { key: string; dueOn: string; startedOn?: string; doneOn?: string; label?: string; ref?: string }) => {
  const [c] = await t.database.db.select({ agencyId: caseFile.agencyId }).from(caseFile).where(eq(caseFile.id, caseId));
  await t.database.db.insert(caseDeadline).values({
    caseId,
    key: d.key,
    ref: d.ref ?? '',
    label: d.label ?? `测试期限${d.key}`,
    basis: '《中华人民共和国行政处罚法》第六十条',
    startedOn: d.startedOn ?? '2026-11-01',
    dueOn: d.dueOn,
    doneOn: d.doneOn ?? null,
    agencyId: c.agencyId,
  });
};

export const closeDeadline = async (t: TestApp, caseId: string, key: string, doneOn: string) => {
  await t.database.db.update(caseDeadline).set({ doneOn }).where(and(eq(caseDeadline.caseId, caseId), eq(caseDeadline.key, key)));
};

export const firstItemOf = async (t: TestApp, agencyId: string) =>
  (await t.database.db.select({ id: enforcementItem.id }).from(enforcementItem).where(eq(enforcementItem.agencyId, agencyId)).limit(2)).map((r) => r.id);

// The shipped national schedule ends with 2026: tests that count working days into 2027 enter its 元旦 first.
export const SCHEDULE_2027 = [
  { date: '2027-01-01', kind: 'holiday', name: '元旦' },
  { date: '2027-01-02', kind: 'holiday', name: '元旦' },
  { date: '2027-01-03', kind: 'holiday', name: '元旦' },
];

export const enter2027 = async (t: TestApp, sys: Client) => {
  const res = await sys.put('/api/v1/calendar/years/2027', { days: SCHEDULE_2027 });
  expect(res.statusCode, res.body).toBe(200);
};

/** Beijing noon of a date, for the test clock. */
export const beijingNoon = (date: string) => new Date(`${date}T12:00:00+08:00`);
