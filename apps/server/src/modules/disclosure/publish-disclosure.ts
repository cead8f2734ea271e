import { type Actor, assertDisclosureAction, assertEarlyRemovalAllowed, chinaDateOf, checkAccess, conflict, type DisclosureStatus, notFound, publicFieldsOf } from '@sanxiang/domain';
import { type Db, disclosureRecord } from '@sanxiang/db';
import { and, eq, lt, sql } from 'drizzle-orm';
import { appendDisclosureEvent } from './disclosure-events.ts';
import { publicDecisionOf, recordWithAgency } from './disclosure-record.ts';

/** The record if the actor may act on it with `action`; another agency's record looks as if it did not exist. */
export const recordForAct = async (tx: Db, actor: Actor, id: string, action: 'disclosure.manage' | 'disclosure.remove') => {
  const hit = await recordWithAgency(tx, id);
  if (!hit || checkAccess(actor, action, { agencyId: hit.record.agencyId }) !== 'allow') throw notFound('DISCLOSURE_NOT_FOUND', '公示信息不存在');
  return hit;
};

/**
 * 审核发布: the officer has seen the preview (exactly the public fields) and approves it; it goes public at once.
 * The publication leaf carries those public fields, so the portal's 验证 button can show that the page it is
 * on says what was published.
 */
export const publishDisclosure = async (tx: Db, actor: Actor, id: string, now: Date) => {
  const { record, agencyName } = await recordForAct(tx, actor, id, 'disclosure.manage');
  assertDisclosureAction(record.status as DisclosureStatus, 'publish');
  const today = chinaDateOf(now);
  if (record.displayEndsOn && today > record.displayEndsOn) {
    throw conflict('DISCLOSURE_DISPLAY_ENDED', `该决定的公示期已于 ${record.displayEndsOn} 届满，不再发布`);
  }
  const late = today > record.dueOn;
  await appendDisclosureEvent(tx, { recordId: id, type: 'approved', at: now, actorAccountId: actor.accountId, payload: {} }, { status: 'approved', approvedAt: now, approvedBy: actor.accountId });
  const fields = publicFieldsOf(publicDecisionOf(record, agencyName));
  await appendDisclosureEvent(
    tx,
    {
      recordId: id,
      type: 'published',
      at: now,
      actorAccountId: actor.accountId,
      payload: { fields: fields.map((f) => [f.key, f.value]), displayEndsOn: record.displayEndsOn, dueOn: record.dueOn, late },
    },
    { status: 'published', publishedAt: now },
  );
};

/** 信用修复: the unit head takes a record down early, once its minimum display period has run. */
export const removeDisclosure = async (tx: Db, actor: Actor, id: string, input: { reason: string }, now: Date) => {
  const { record } = await recordForAct(tx, actor, id, 'disclosure.remove');
  assertDisclosureAction(record.status as DisclosureStatus, 'remove');
  assertEarlyRemovalAllowed(record.displayMinEndsOn, chinaDateOf(now));
  await appendDisclosureEvent(
    tx,
    { recordId: id, type: 'removed', at: now, actorAccountId: actor.accountId, payload: { reason: input.reason.trim(), minEndsOn: record.displayMinEndsOn } },
    { status: 'removed', removedAt: now, removalReason: input.reason.trim() },
  );
};

/**
 * Records whose display period has ended leave the portal: published records with `display_ends_on` before
 * `today` become `expired`, each with its ledger leaf. Safe to call often (a job, startup, portal reads).
 */
export const expireDisclosures = async (tx: Db, today: string, at: Date = new Date()): Promise<number> => {
  const due = await tx
    .select({ id: disclosureRecord.id, endsOn: disclosureRecord.displayEndsOn })
    .from(disclosureRecord)
    .where(and(eq(disclosureRecord.status, 'published'), lt(disclosureRecord.displayEndsOn, today)))
    .orderBy(disclosureRecord.displayEndsOn)
    .limit(1_000);
  for (const r of due) {
    await appendDisclosureEvent(tx, { recordId: r.id, type: 'expired', at, actorAccountId: null, payload: { displayEndsOn: r.endsOn } }, { status: 'expired' });
  }
  return due.length;
};

/** Whether any published record is past its display period (cheap check before taking a write transaction). */
export const anyExpiredDisclosure = async (db: Db, today: string) => {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(disclosureRecord)
    .where(and(eq(disclosureRecord.status, 'published'), lt(disclosureRecord.displayEndsOn, today)))
    .limit(1);
  return Boolean(row);
};
