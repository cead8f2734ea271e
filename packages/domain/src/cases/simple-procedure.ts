import type { PenaltyKind, TargetType } from '../items/catalog.ts';
import { formatFen } from '../items/money.ts';
import { SIMPLE_PROCEDURE_BASIS, SIMPLE_PROCEDURE_FINE_LIMITS } from '../items/penalties.ts';

/**
 * Whether a penalty may be decided on the spot (简易程序, 处罚法 第五十一条): a warning or a single fine within the limit
 * for the party type, with facts clear and a legal basis.
 */
export const simpleProcedureRefusals = (partyKind: 'person' | 'organization', penalty: { kind: PenaltyKind; amountFen?: number | null }): Array<{ code: string; message: string }> => {
  const target: TargetType = partyKind === 'person' ? 'citizen' : 'organization';
  if (penalty.kind === 'warning') return [];
  if (penalty.kind !== 'fine') return [{ code: 'SIMPLE_PROCEDURE_NOT_ALLOWED', message: `当场处罚只能是警告或者罚款（${SIMPLE_PROCEDURE_BASIS}）` }];
  const limit = SIMPLE_PROCEDURE_FINE_LIMITS[target];
  const amount = penalty.amountFen ?? 0;
  if (amount <= 0) return [{ code: 'FINE_AMOUNT_REQUIRED', message: '罚款须填写金额' }];
  if (amount > limit) {
    return [{ code: 'SIMPLE_PROCEDURE_NOT_ALLOWED', message: `对${partyKind === 'person' ? '公民' : '法人或者其他组织'}当场罚款不得超过${formatFen(limit)}，本案${formatFen(amount)}应当适用一般程序（${SIMPLE_PROCEDURE_BASIS}）` }];
  }
  return [];
};

/**
 * 处罚法 第六十八条: fines may be collected on the spot only when 100 元 or less, or when collecting later would be
 * clearly hard (偏远、水上、交通不便地区, the party asks); the reason is recorded.
 */
export const ON_THE_SPOT_COLLECTION_LIMIT_FEN = 10_000;
export const onTheSpotCollectionRefusal = (amountFen: number, hardToCollectLater: boolean): { code: string; message: string } | null =>
  amountFen <= ON_THE_SPOT_COLLECTION_LIMIT_FEN || hardToCollectLater
    ? null
    : { code: 'ON_THE_SPOT_COLLECTION_NOT_ALLOWED', message: `罚款${formatFen(amountFen)}超过一百元，除事后难以执行外不得当场收缴（《中华人民共和国行政处罚法》第六十八条）` };
