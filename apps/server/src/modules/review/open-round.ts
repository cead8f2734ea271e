import type { PlainDate, PrecheckFinding, ProblemAnswer } from '@sanxiang/domain';
import { type Db, review, reviewRound } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import { appendCaseEvent } from '../cases/case-events.ts';
import { appendToLedger } from '../ledger/append.ts';
import { reviewRoundLeaf } from './review-leaves.ts';

/**
 * A new round: the frozen submission (a ledger leaf), the review projection moved to it (unassigned, the period
 * running from today) and the case event `review-submitted` in the case's record.
 */
export const openRound = async (
  tx: Db,
  o: {
    current: typeof review.$inferSelect | undefined;
    caseId: string;
    agencyId: string;
    unitId: string | null;
    roundId: string;
    now: Date;
    today: PlainDate;
    dueOn: PlainDate;
    actorAccountId: string;
    actorName: string | null;
    draftVersion: number;
    snapshot: unknown;
    sm3: string;
    prechecks: PrecheckFinding[];
    answers: ProblemAnswer[];
    coordination: Record<string, unknown> | null;
    reasons: string[];
  },
) => {
  const roundNo = (o.current?.roundNo ?? 0) + 1;
  const projection = {
    status: 'submitted',
    roundNo,
    roundId: o.roundId,
    draftVersion: o.draftVersion,
    submittedOn: o.today,
    dueOn: o.dueOn,
    extended: false,
    assigneeKind: null,
    assigneeAccountId: null,
    assigneeName: null,
    result: null,
    opinionId: null,
    completedOn: null,
    escalation: o.current?.escalation === 'open' ? 'resolved' : (o.current?.escalation ?? null),
    updatedAt: o.now,
  };
  let reviewId: string;
  if (o.current) {
    reviewId = o.current.id;
    await tx.update(review).set(projection).where(eq(review.id, reviewId));
  } else {
    const [created] = await tx.insert(review).values({ caseId: o.caseId, agencyId: o.agencyId, unitId: o.unitId, firstSubmittedAt: o.now, ...projection }).returning({ id: review.id });
    reviewId = created.id;
  }
  const [round] = await tx
    .insert(reviewRound)
    .values({
      id: o.roundId,
      reviewId,
      caseId: o.caseId,
      roundNo,
      submittedAt: o.now,
      submittedBy: o.actorAccountId,
      submittedByName: o.actorName,
      draftVersion: o.draftVersion,
      snapshot: o.snapshot,
      snapshotSm3: o.sm3,
      prechecks: o.prechecks,
      answers: o.answers,
      coordination: o.coordination,
      dueOn: o.dueOn,
    })
    .returning();
  await appendToLedger(tx, [{ kind: 'review-round', recordId: round.id, value: reviewRoundLeaf(round) }], o.now);
  await appendCaseEvent(tx, {
    caseId: o.caseId,
    type: 'review-submitted',
    at: o.now,
    actorAccountId: o.actorAccountId,
    actorName: o.actorName,
    payload: {
      reviewId,
      roundNo,
      draftVersion: o.draftVersion,
      snapshotSm3: o.sm3,
      dueOn: o.dueOn,
      reasons: o.reasons,
      answers: o.answers,
      ...(o.coordination ? { coordination: o.coordination } : {}),
      prechecks: o.prechecks.map((f) => ({ key: f.key, status: f.status })),
    },
  });
  return { reviewId, roundNo };
};
