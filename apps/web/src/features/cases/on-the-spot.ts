import { simpleProcedureRefusals, onTheSpotCollectionRefusal } from '@sanxiang/domain/cases/simple-procedure';
import type { Dayjs } from 'dayjs';
import { yuanToFen } from '../items/item-form.ts';
import { beijingDateTimeOf } from './act-fields.ts';
import type { OnTheSpotBody } from './api.ts';

export type OnTheSpotValues = {
  partyId?: string;
  title?: string;
  place?: string;
  occurredAt?: Dayjs;
  facts?: string;
  violatedProvisions?: string;
  penaltyBasis?: string;
  penaltyKind?: 'warning' | 'fine';
  amountYuan?: number | null;
  coOfficerAccountId?: string;
  statementHeard?: boolean;
  collectedOnTheSpot?: boolean;
  hardToCollectLater?: boolean;
  receiptNumber?: string;
};

/** The 简易程序 request: the fine in 分, the time with its +08:00 offset, collection fields only when collected. */
export const onTheSpotBodyOf = (v: OnTheSpotValues): OnTheSpotBody => {
  const fine = v.penaltyKind === 'fine';
  const collected = fine && Boolean(v.collectedOnTheSpot);
  return {
    partyId: v.partyId ?? '',
    title: v.title?.trim() ?? '',
    place: v.place?.trim() ?? '',
    occurredAt: v.occurredAt ? beijingDateTimeOf(v.occurredAt) : '',
    facts: v.facts?.trim() ?? '',
    violatedProvisions: v.violatedProvisions?.trim() ?? '',
    penaltyBasis: v.penaltyBasis?.trim() ?? '',
    penalty: { kind: v.penaltyKind ?? 'warning', amountFen: fine && typeof v.amountYuan === 'number' ? yuanToFen(v.amountYuan) : null },
    coOfficerAccountId: v.coOfficerAccountId ?? '',
    statementHeard: Boolean(v.statementHeard),
    collectedOnTheSpot: collected,
    hardToCollectLater: collected && Boolean(v.hardToCollectLater),
    receiptNumber: collected ? v.receiptNumber?.trim() || null : null,
  };
};

/**
 * What the simple procedure would refuse, said before the officer submits: the same domain rules the server applies
 * (处罚法 第五十一条 limits, 第六十八条 on-the-spot collection).
 */
export const onTheSpotWarnings = (partyKind: 'person' | 'organization' | undefined, v: OnTheSpotValues): string[] => {
  if (!partyKind || !v.penaltyKind) return [];
  const amountFen = v.penaltyKind === 'fine' && typeof v.amountYuan === 'number' ? yuanToFen(v.amountYuan) : null;
  if (v.penaltyKind === 'fine' && !amountFen) return [];
  const warnings = simpleProcedureRefusals(partyKind, { kind: v.penaltyKind, amountFen }).map((r) => r.message);
  if (v.penaltyKind === 'fine' && v.collectedOnTheSpot && amountFen) {
    const refusal = onTheSpotCollectionRefusal(amountFen, Boolean(v.hardToCollectLater));
    if (refusal) warnings.push(refusal.message);
  }
  return warnings;
};
