import { MIN_OFFICERS_PER_ACT } from '../officers/eligibility.ts';

export type Participant = { accountId: string; name: string; eligible: boolean; isHandler: boolean; declaredNoConflict: boolean };

/**
 * An investigative act (询问, 检查, 抽样, 先行登记保存, 查封扣押) is done by at least two officers holding valid
 * 执法证 (处罚法 第四十二条), each a handler of the case who has declared no conflict of interest (第四十三条 回避).
 */
export const investigativeActRefusals = (participants: readonly Participant[]): Array<{ code: string; message: string }> => {
  const refusals: Array<{ code: string; message: string }> = [];
  const eligible = participants.filter((p) => p.eligible && p.isHandler);
  if (eligible.length < MIN_OFFICERS_PER_ACT) {
    refusals.push({ code: 'TOO_FEW_OFFICERS', message: `参加的执法人员中持有效执法证的本案承办人只有${eligible.length}名，执法人员不得少于${MIN_OFFICERS_PER_ACT}人（《中华人民共和国行政处罚法》第四十二条）` });
  }
  for (const p of participants) {
    if (!p.isHandler) refusals.push({ code: 'NOT_A_HANDLER', message: `${p.name}不是本案承办人` });
    else if (!p.eligible) refusals.push({ code: 'CERTIFICATE_INVALID', message: `${p.name}没有有效的行政执法证件` });
    else if (!p.declaredNoConflict) refusals.push({ code: 'RECUSAL_NOT_DECLARED', message: `${p.name}尚未就本案作出回避声明（《中华人民共和国行政处罚法》第四十三条）` });
  }
  return refusals;
};
