import { PENALTY_KIND_LABELS, type PenaltyKind } from '../items/catalog.ts';
import { formatFen } from '../items/money.ts';
import type { DraftDecision as ReviewDraft } from '../review/review-required.ts';

/** 裁量情节 (处罚法 第三十二条、第三十三条; 裁量基准). */
export const DISCRETION_LEVELS = ['exempt', 'mitigated', 'lighter', 'normal', 'heavier'] as const;
export type DiscretionLevel = (typeof DISCRETION_LEVELS)[number];
export const DISCRETION_LABELS: Record<DiscretionLevel, string> = { exempt: '不予处罚', mitigated: '减轻处罚', lighter: '从轻处罚', normal: '一般', heavier: '从重处罚' };

export type DraftPenaltyLine = { kind: PenaltyKind; amountFen?: number | null; description?: string | null };

/**
 * The decision the handling unit proposes (拟处理意见), first in the 调查终结报告 and revised after statements and the
 * hearing. What the party is told, what legal review reads and what the decision finally says all come from it.
 */
export type CaseDraft = {
  outcome: 'penalty' | 'no-penalty';
  /** 违法事实: time, place and act. */
  facts: string;
  evidenceSummary: string;
  /** 违反的法律规定 (citations such as 《中华人民共和国食品安全法》第三十四条). */
  violatedProvisions: string;
  /** 处罚依据 (or, for no penalty, its basis such as 处罚法第三十三条). */
  penaltyBasis: string;
  penalties: DraftPenaltyLine[];
  discretion: { level: DiscretionLevel; reason: string };
  noPenaltyReason?: string | null;
  majorPublicInterest?: boolean;
  majorSocialImpact?: boolean;
  majorRightsOfParties?: boolean;
  complexOrSeveralRelations?: boolean;
};

/** The draft as the legal-review rule reads it (处罚法 第五十八条). */
export const reviewDraftOf = (draft: CaseDraft, partyKind: 'person' | 'organization', hearingHeld: boolean): ReviewDraft => ({
  partyKind,
  penalties: draft.outcome === 'penalty' ? draft.penalties.map((p) => ({ kind: p.kind, amountFen: p.amountFen ?? undefined })) : [],
  majorPublicInterest: draft.majorPublicInterest,
  majorSocialImpact: draft.majorSocialImpact,
  majorRightsOfParties: draft.majorRightsOfParties,
  hearingHeld,
  complexOrSeveralRelations: draft.complexOrSeveralRelations,
});

/** 罚款 total of a draft, in 分. */
export const fineOf = (draft: Pick<CaseDraft, 'outcome' | 'penalties'>): number =>
  draft.outcome === 'penalty' ? draft.penalties.filter((p) => p.kind === 'fine').reduce((s, p) => s + (p.amountFen ?? 0), 0) : 0;

/** One line per penalty, as documents and the disclosure record print it: 罚款人民币5,000.00元. */
export const penaltyText = (draft: Pick<CaseDraft, 'outcome' | 'penalties' | 'noPenaltyReason'>): string =>
  draft.outcome === 'no-penalty'
    ? `不予行政处罚${draft.noPenaltyReason ? `（${draft.noPenaltyReason}）` : ''}`
    : draft.penalties
        .map((p) => `${PENALTY_KIND_LABELS[p.kind]}${p.amountFen ? `人民币${formatFen(p.amountFen)}` : ''}${p.description ? `（${p.description}）` : ''}`)
        .join('；');

/**
 * 处罚法 第四十五条第二款: 行政机关不得因当事人陈述、申辩而给予更重的处罚. A revised draft is heavier than what the
 * party was told when it adds a penalty kind, raises an amount, or turns "no penalty" into a penalty.
 */
export const heavierThan = (revised: Pick<CaseDraft, 'outcome' | 'penalties'>, notified: Pick<CaseDraft, 'outcome' | 'penalties'>): string[] => {
  if (revised.outcome === 'no-penalty') return [];
  if (notified.outcome === 'no-penalty') return ['拟作出的处罚重于已告知的“不予处罚”'];
  const told = new Map<PenaltyKind, number>();
  for (const p of notified.penalties) told.set(p.kind, (told.get(p.kind) ?? 0) + (p.amountFen ?? 0));
  const now = new Map<PenaltyKind, number>();
  for (const p of revised.penalties) now.set(p.kind, (now.get(p.kind) ?? 0) + (p.amountFen ?? 0));
  const reasons: string[] = [];
  for (const [kind, amount] of now) {
    if (!told.has(kind)) reasons.push(`增加了告知时没有的处罚种类“${PENALTY_KIND_LABELS[kind]}”`);
    else if (amount > told.get(kind)!) reasons.push(`${PENALTY_KIND_LABELS[kind]}由${formatFen(told.get(kind)!)}提高到${formatFen(amount)}`);
  }
  return reasons;
};
