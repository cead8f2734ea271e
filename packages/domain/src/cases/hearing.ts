import type { PlainDate } from '../calendar/plain-date.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { DEADLINE_RULES, dueDate } from '../deadlines/deadline-rules.ts';
import type { CaseRules } from './case-rules.ts';
import type { CaseDraft } from './draft-decision.ts';

const ART63 = '《中华人民共和国行政处罚法》第六十三条第一款';

/** 第六十三条第一款第三至六项: kinds for which the party may always request a hearing. */
const HEARING_KINDS = new Set(['lower-qualification', 'revoke-licence', 'order-suspension', 'order-closure', 'restrict-practice']);

/** Why the party has the right to request a hearing (听证权) for this draft; none means it has not. */
export const hearingRightReasons = (draft: Pick<CaseDraft, 'outcome' | 'penalties'>, partyKind: 'person' | 'organization', rules: CaseRules): string[] => {
  if (draft.outcome !== 'penalty') return [];
  const reasons: string[] = [];
  for (const p of draft.penalties) {
    if (p.kind === 'fine' && (p.amountFen ?? 0) >= rules.hearingFineFen[partyKind]) reasons.push(`较大数额罚款（${ART63}第一项）`);
    if ((p.kind === 'confiscate-illegal-gains' || p.kind === 'confiscate-illegal-property') && (p.amountFen ?? 0) >= rules.hearingConfiscationFen) reasons.push(`没收较大数额违法所得、较大价值非法财物（${ART63}第二项）`);
    if (HEARING_KINDS.has(p.kind)) reasons.push(`降低资质等级、吊销许可证件、责令停产停业、责令关闭、限制从业（${ART63}第三至五项）`);
  }
  return [...new Set(reasons)];
};

export type HearingPlan = { hearingOn: PlainDate; noticeServedOn: PlainDate; chairAccountId: string; handlerAccountIds: readonly string[] };

/**
 * 第六十四条: the hearing is notified at least 7 working days ahead (第二项); the chair is not an investigator of the
 * case (第四项). Returns every refusal.
 */
export const hearingPlanRefusals = (calendar: WorkingCalendar, plan: HearingPlan): Array<{ code: string; message: string }> => {
  const refusals: Array<{ code: string; message: string }> = [];
  const latestNotice = dueDate(calendar, DEADLINE_RULES.hearingNotice, plan.hearingOn);
  if (plan.noticeServedOn > latestNotice) {
    refusals.push({ code: 'HEARING_NOTICE_TOO_LATE', message: `听证通知须在举行听证的七个工作日前送达：${plan.hearingOn}举行的听证，通知最迟应于${latestNotice}送达（${DEADLINE_RULES.hearingNotice.basis}）` });
  }
  if (plan.handlerAccountIds.includes(plan.chairAccountId)) {
    refusals.push({ code: 'HEARING_CHAIR_IS_INVESTIGATOR', message: '听证主持人不得由本案的调查人员担任（《中华人民共和国行政处罚法》第六十四条第四项）' });
  }
  return refusals;
};
