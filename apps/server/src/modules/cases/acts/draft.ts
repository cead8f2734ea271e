import type { CaseActBodies } from '@sanxiang/contracts';
import { type CaseDraft, heavierThan, penaltyText, unprocessable } from '@sanxiang/domain';
import type { ActContext, CaseActHandler } from '../perform-act.ts';

/** A draft must be coherent before anyone relies on it: a penalty names at least one, fines carry amounts. */
export const checkDraft = (draft: CaseDraft) => {
  if (draft.outcome === 'penalty' && draft.penalties.length === 0) throw unprocessable('DRAFT_PENALTY_MISSING', '拟作出行政处罚的，须写明处罚种类');
  if (draft.outcome === 'no-penalty' && !draft.noPenaltyReason) throw unprocessable('DRAFT_REASON_MISSING', '拟不予行政处罚的，须写明理由（如《行政处罚法》第三十三条）');
  for (const p of draft.penalties) {
    const money = p.kind === 'fine' || p.kind === 'confiscate-illegal-gains' || p.kind === 'confiscate-illegal-property';
    if (money && !p.amountFen) throw unprocessable('DRAFT_AMOUNT_MISSING', '罚款、没收须写明金额（单位：分）');
    if (!money && p.amountFen) throw unprocessable('DRAFT_AMOUNT_NOT_APPLICABLE', '只有罚款、没收可以填写金额');
  }
  return draft;
};

const draftPayload = (ctx: ActContext, draft: CaseDraft) => ({ draft, draftVersion: (ctx.state.draftVersion ?? 0) + 1, penaltyText: penaltyText(draft) });

/** 调查终结报告 with the unit's proposed handling (拟处理意见). */
export const concludeInvestigation: CaseActHandler<CaseActBodies['conclude-investigation']> = {
  action: 'conclude-investigation',
  run: (ctx, input) => {
    const draft = checkDraft(input.draft as CaseDraft);
    const p = draftPayload(ctx, draft);
    return {
      type: 'investigation-concluded',
      payload: { report: input.report, ...p },
      status: 'investigated',
      state: { report: { concludedOn: ctx.today }, draft, draftVersion: p.draftVersion },
      documents: [{ kind: 'investigation-report', data: { report: input.report, ...p } }],
    };
  },
};

/**
 * 修改拟处理意见, e.g. after the party's statement or the hearing. Once the party was told, the revision may never be
 * heavier (处罚法 第四十五条第二款); a heavier proposal needs a new prior notice, which this act does not give.
 */
export const reviseDraft: CaseActHandler<CaseActBodies['revise-draft']> = {
  action: 'revise-draft',
  run: (ctx, input) => {
    const draft = checkDraft(input.draft as CaseDraft);
    if (ctx.state.notifiedDraft) {
      const heavier = heavierThan(draft, ctx.state.notifiedDraft);
      if (heavier.length) throw unprocessable('PENALTY_HEAVIER_THAN_NOTIFIED', `不得因当事人陈述、申辩而给予更重的处罚（《中华人民共和国行政处罚法》第四十五条第二款）：${heavier.join('；')}`);
    }
    const p = draftPayload(ctx, draft);
    return { type: 'draft-revised', payload: { reason: input.reason, ...p }, state: { draft, draftVersion: p.draftVersion } };
  },
};
