import type { PlainDate } from '../calendar/plain-date.ts';
import { limitationEndsOn } from '../deadlines/limitation.ts';
import { MIN_OFFICERS_PER_ACT } from '../officers/eligibility.ts';

export type FilingRefusal = { code: 'LIMITATION_EXPIRED' | 'TOO_FEW_OFFICERS'; message: string; basis: string };

export type FilingCheckInput = {
  /** 违法行为发生日 (or the day a continuing act ended); when unknown the limitation period cannot be checked here. */
  occurredOn: PlainDate | null | undefined;
  /** 危害后果严重、涉及公民生命健康安全或金融安全: five years instead of two. */
  aggravated: boolean;
  today: PlainDate;
  /** Handlers of the case holding a valid 执法证 today. */
  handlersEligible: number;
};

/**
 * Whether a clue may go to 立案: every reason it may not, each with a stable code and a Chinese message.
 * - 处罚法 第三十六条: past the limitation period no penalty is imposed, so no case is filed;
 * - 处罚法 第四十二条: at least two officers holding valid certificates.
 */
export const filingCheck = ({ occurredOn, aggravated, today, handlersEligible }: FilingCheckInput): FilingRefusal[] => {
  const refusals: FilingRefusal[] = [];
  if (occurredOn) {
    const endsOn = limitationEndsOn(occurredOn, aggravated);
    if (today > endsOn) {
      refusals.push({
        code: 'LIMITATION_EXPIRED',
        message: `违法行为发生于 ${occurredOn}，追责时效（${aggravated ? '五年' : '二年'}）已于 ${endsOn} 届满，不再给予行政处罚，不能立案`,
        basis: '《中华人民共和国行政处罚法》第三十六条',
      });
    }
  }
  if (handlersEligible < MIN_OFFICERS_PER_ACT) {
    refusals.push({
      code: 'TOO_FEW_OFFICERS',
      message: `持有效执法证的承办人只有 ${handlersEligible} 名，执法人员不得少于 ${MIN_OFFICERS_PER_ACT} 人`,
      basis: '《中华人民共和国行政处罚法》第四十二条',
    });
  }
  return refusals;
};
