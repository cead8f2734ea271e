import type { onTheSpotBody } from '@sanxiang/contracts';
import type { z } from 'zod';
import {
  type Actor,
  addWorkingDays,
  chinaDateOf,
  DEADLINE_RULES,
  dueDate,
  onTheSpotCollectionRefusal,
  penaltyText,
  simpleProcedureRefusals,
  unprocessable,
  yearOf,
} from '@sanxiang/domain';
import { caseFile, type Db } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import { formatDocumentNumber, nextSequence } from '../numbering/next-number.ts';
import { partyOf } from './acts/party-of.ts';
import { actSurroundings, commitOutcome, type ActContext, type ActEnv } from './perform-act.ts';
import { registerClue } from './register-clue.ts';

/**
 * 简易程序 (处罚法 第五十一、五十二条): two officers decide a warning or a small fine on the spot, hear the party, hand
 * over the numbered 当场行政处罚决定书 and file it with the agency within the agency's period. Collection on the spot
 * only where 第六十八条 allows; the cash is handed in within 2 working days (第七十一条).
 */
export const decideOnTheSpot = async (tx: Db, actor: Actor, input: z.infer<typeof onTheSpotBody>, env: ActEnv) => {
  const today = chinaDateOf(env.now);
  if (!input.statementHeard) throw unprocessable('STATEMENT_NOT_HEARD', '当场作出行政处罚决定前，应当告知当事人拟作出的处罚内容及事实、理由、依据，并听取陈述、申辩（《中华人民共和国行政处罚法》第四十四条、第四十五条）');
  const created = await registerClue(tx, actor, { title: input.title, source: 'inspection', description: input.facts, partyId: input.partyId, occurredOn: chinaDateOf(new Date(input.occurredAt)), place: input.place, coHandlerAccountIds: [input.coOfficerAccountId] }, env.now);
  const [row] = await tx.update(caseFile).set({ procedure: 'simple' }).where(eq(caseFile.id, created.id)).returning();
  const surroundings = await actSurroundings(tx, row.agencyId, actor.accountId);
  const ag = surroundings.agency;
  const ctx: ActContext = { tx, actor, now: env.now, today, calendar: env.calendar, row, handlers: [{ accountId: actor.accountId, role: 'lead' }, { accountId: input.coOfficerAccountId, role: 'assistant' }], state: {}, ...surroundings };
  const party = await partyOf(ctx);
  const refusals = simpleProcedureRefusals(party.kind, input.penalty);
  if (refusals.length) throw unprocessable(refusals[0].code, refusals[0].message);
  const fineFen = input.penalty.kind === 'fine' ? (input.penalty.amountFen ?? 0) : 0;
  if (input.collectedOnTheSpot) {
    const refusal = onTheSpotCollectionRefusal(fineFen, input.hardToCollectLater);
    if (refusal) throw unprocessable(refusal.code, refusal.message);
    if (!input.receiptNumber) throw unprocessable('RECEIPT_REQUIRED', '当场收缴罚款的，须出具专用票据并登记票据号码（《中华人民共和国行政处罚法》第七十条）');
  }
  const draft = { outcome: 'penalty' as const, penalties: [{ kind: input.penalty.kind, amountFen: fineFen || null }], noPenaltyReason: null };
  const year = yearOf(today);
  const caseNumber = formatDocumentNumber(ag.shortName, '简', year, await nextSequence(tx, row.agencyId, 'simple', year));
  const paymentDueOn = fineFen > 0 && !input.collectedOnTheSpot ? dueDate(env.calendar, DEADLINE_RULES.payment, today) : null;
  const filingDueOn = addWorkingDays(env.calendar, today, ctx.rules.simpleFilingWorkingDays);
  const data = {
    agencyName: ag.name,
    party,
    place: input.place,
    occurredAt: input.occurredAt,
    facts: input.facts,
    violatedProvisions: input.violatedProvisions,
    penaltyBasis: input.penaltyBasis,
    penaltyText: penaltyText(draft),
    fineFen,
    collectedOnTheSpot: input.collectedOnTheSpot,
    receiptNumber: input.receiptNumber ?? null,
    paymentDueOn,
    decidedOn: today,
    remedyText: `如不服，可以自收到本决定书之日起六十日内申请行政复议，或者六个月内依法提起行政诉讼。`,
  };
  const settled = fineFen === 0 || input.collectedOnTheSpot;
  await commitOutcome(
    { ...ctx, row: { ...row, caseNumber } },
    {
      type: 'decided-on-the-spot',
      place: input.place,
      payload: data,
      status: settled ? 'executed' : 'served',
      columns: { caseNumber, filedOn: today, decidedOn: today, fineFen },
      state: {
        decision: { number: '', decidedOn: today, outcome: 'penalty', fineFen },
        service: { servedOn: today, method: 'on-the-spot' },
        ...(fineFen > 0 ? { payment: { dueOn: paymentDueOn ?? today, paidFen: input.collectedOnTheSpot ? fineFen : 0, lateFeeFen: 0, settledOn: input.collectedOnTheSpot ? today : null } } : {}),
      },
      documents: [{ kind: 'on-the-spot-decision', data }],
      openDeadlines: [
        { key: 'simpleFiling', label: '当场处罚决定报所属行政机关备案', basis: '《中华人民共和国行政处罚法》第五十二条第三款', startedOn: today, dueOn: filingDueOn },
        ...(paymentDueOn ? [{ key: 'payment', startedOn: today, dueOn: paymentDueOn }] : []),
      ],
    },
  );
  return row.id;
};
