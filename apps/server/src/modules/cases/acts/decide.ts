import type { CaseActBodies } from '@sanxiang/contracts';
import {
  type CaseDraft,
  type CaseState,
  collectiveDiscussionRequired,
  conflict,
  DEADLINE_RULES,
  decisionRefusals,
  defaultRemedies,
  dueDate,
  fineOf,
  heavierThan,
  penaltyText,
  type RemedyChannels,
  remedyText,
  unprocessable,
} from '@sanxiang/domain';
import { type Db, enforcementItem } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import type { ActContext, CaseActHandler } from '../perform-act.ts';
import { partyOf } from './party-of.ts';

export type ReviewGate = { required: boolean; reasons: string[]; passed: boolean; reviewId: string | null };

/** Everything the decision gates read, so the console can show the same refusals before the head tries. */
export const decisionGateInput = (s: CaseState, draft: CaseDraft, review: ReviewGate, decidedOn: string) => {
  return {
    outcome: draft.outcome,
    today: decidedOn,
    notice: s.notice ? { servedOn: s.notice.servedOn, statementDueOn: s.notice.statementDueOn, hearingRequestDueOn: s.notice.hearingRequestDueOn } : null,
    waived: s.waived ?? { statement: false, hearing: false },
    hearing: s.hearing?.state ?? 'none',
    heavierThanNotified: s.notifiedDraft ? heavierThan(draft, s.notifiedDraft) : [],
    review: { required: review.required, passed: review.passed, reasons: review.reasons },
    collective: { required: collectiveDiscussionRequired(draft), held: Boolean(s.collective && s.collective.draftVersion === (s.draftVersion ?? 1)) },
    decisionDueOn: s.decisionDueOn ?? null,
  };
};

const remediesOf = async (ctx: ActContext): Promise<RemedyChannels> => {
  if (ctx.row.itemId) {
    const [item] = await ctx.tx.select({ remedies: enforcementItem.remedies }).from(enforcementItem).where(eq(enforcementItem.id, ctx.row.itemId));
    if (item?.remedies) return item.remedies as unknown as RemedyChannels;
  }
  return defaultRemedies('本级人民政府', '有管辖权的人民法院');
};

/**
 * 作出决定 by the agency head (处罚法 第五十七条): 行政处罚决定审批表 and the 决定书 with every element of 第五十九条, once
 * every gate of `decisionRefusals` is passed. Starts the 7-working-day service period (第六十一条).
 */
export type ReviewGateFn = (tx: Db, caseId: string) => Promise<ReviewGate>;

export const decide = (reviewGateFor: ReviewGateFn): CaseActHandler<CaseActBodies['decide']> => ({
  action: 'decide',
  run: async (ctx, input) => {
    const draft = ctx.state.draft;
    if (!draft) throw conflict('DRAFT_MISSING', '尚无拟处理意见，不能作出决定');
    const decidedOn = input.decidedOn ?? ctx.today;
    if (decidedOn > ctx.today) throw unprocessable('DATE_IN_FUTURE', '决定日期不能晚于今天');
    const review = await reviewGateFor(ctx.tx, ctx.row.id);
    const refusals = decisionRefusals(decisionGateInput(ctx.state, draft, review, decidedOn));
    if (refusals.length) throw unprocessable(refusals[0].code, refusals.map((r) => `${r.message}（${r.basis}）`).join('；'), { refusals });
    const party = await partyOf(ctx);
    const remedies = await remediesOf(ctx);
    const fineFen = fineOf(draft);
    const penalty = draft.outcome === 'penalty';
    const decision = {
      agencyName: ctx.agency.name,
      caseNumber: ctx.row.caseNumber,
      party,
      facts: draft.facts,
      evidenceSummary: draft.evidenceSummary,
      violatedProvisions: draft.violatedProvisions,
      penaltyBasis: draft.penaltyBasis,
      penalties: draft.penalties,
      penaltyText: penaltyText(draft),
      discretion: draft.discretion,
      noPenaltyReason: draft.noPenaltyReason ?? null,
      fineFen,
      performance: penalty && fineFen > 0 ? `自收到本决定书之日起十五日内缴纳罚款；到期不缴纳的，每日按罚款数额的百分之三加处罚款（《中华人民共和国行政处罚法》第六十七条、第七十二条）` : null,
      remedies,
      remedyText: remedyText(remedies),
      decidedOn,
      opinion: input.opinion,
      reviewId: review.reviewId,
      hearingHeld: ctx.state.hearing?.state === 'held',
    };
    return {
      type: 'decided',
      payload: decision,
      status: 'decided',
      columns: { decidedOn, fineFen },
      state: { decision: { number: '', decidedOn, outcome: draft.outcome, fineFen } },
      documents: [
        { kind: 'decision-approval', data: { opinion: input.opinion, penaltyText: decision.penaltyText, decidedOn } },
        { kind: penalty ? 'penalty-decision' : 'no-penalty-decision', data: decision },
      ],
      closeDeadlines: [{ key: 'decision', doneOn: decidedOn }],
      openDeadlines: [{ key: 'decisionService', startedOn: decidedOn, dueOn: dueDate(ctx.calendar, DEADLINE_RULES.decisionService, decidedOn) }],
    };
  },
});
