import { invalid, unprocessable } from '../errors/domain-error.ts';
import {
  type ItemKind,
  type ItemProcedure,
  PENALTY_KIND_LABELS,
  type PenaltyKind,
  TARGET_TYPE_LABELS,
  type TargetType,
} from './catalog.ts';
import { formatFen, MAX_FEN } from './money.ts';

/**
 * One penalty an item can lead to. A fine carries its statutory range in 分; `maxFen` null means the statute
 * sets no fixed top (a multiple of 货值金额 or 广告费用), and `note` must say how it is computed.
 */
export type PenaltySpec = {
  kind: PenaltyKind;
  appliesTo: 'any' | TargetType;
  minFen?: number;
  maxFen?: number | null;
  note?: string;
};

/**
 * 处罚法 第五十一条: a penalty may be decided on the spot (简易程序) when it is a warning, or a fine of at most
 * 200 元 for a citizen or 3,000 元 for a legal person or other organisation. The one place these numbers live.
 */
export const SIMPLE_PROCEDURE_FINE_LIMITS: Record<TargetType, number> = { citizen: 20_000, organization: 300_000 };
export const SIMPLE_PROCEDURE_BASIS = '《中华人民共和国行政处罚法》第五十一条';

const labelOf = (p: PenaltySpec, index: number) => `处罚种类第${index + 1}项（${PENALTY_KIND_LABELS[p.kind]}）`;
const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n);

/**
 * Checks the penalties of an item: fines have an integer range in 分 with min <= max (or an explained open top),
 * other kinds carry no amount, each penalty applies to someone the item targets, nothing is listed twice.
 * Throws a DomainError naming the penalty at fault.
 */
export const validatePenalties = (kind: ItemKind, penalties: readonly PenaltySpec[], targetTypes: readonly TargetType[]): void => {
  if (kind !== 'penalty') {
    if (penalties.length > 0) throw invalid('PENALTIES_NOT_APPLICABLE', '只有行政处罚事项才能填写处罚种类和幅度', { field: 'penalties' });
    return;
  }
  if (penalties.length === 0) throw invalid('PENALTIES_REQUIRED', '行政处罚事项至少要有一个处罚种类（《行政处罚法》第九条）', { field: 'penalties' });
  const seen = new Set<string>();
  penalties.forEach((p, i) => {
    const label = labelOf(p, i);
    const field = `penalties.${i}`;
    const key = `${p.kind}/${p.appliesTo}`;
    if (seen.has(key)) throw invalid('PENALTY_DUPLICATE', `${label}重复列出`, { field });
    seen.add(key);
    if (p.appliesTo !== 'any' && !targetTypes.includes(p.appliesTo)) {
      throw invalid('PENALTY_TARGET_MISMATCH', `${label}适用于${TARGET_TYPE_LABELS[p.appliesTo]}，但本事项的对象不包括${TARGET_TYPE_LABELS[p.appliesTo]}`, { field });
    }
    if (p.kind === 'detention' && p.appliesTo !== 'citizen') {
      throw invalid('PENALTY_TARGET_MISMATCH', `${label}只能适用于公民`, { field });
    }
    if (p.kind === 'other' && !p.note?.trim()) throw invalid('PENALTY_NOTE_REQUIRED', `${label}须写明法律、行政法规规定的处罚名称`, { field });
    if (p.kind !== 'fine') {
      if (p.minFen !== undefined || (p.maxFen !== undefined && p.maxFen !== null)) {
        throw invalid('PENALTY_AMOUNT_NOT_APPLICABLE', `${label}不是罚款，不能填写金额`, { field });
      }
      return;
    }
    if (!isInt(p.minFen) || p.minFen < 0 || p.minFen > MAX_FEN) {
      throw invalid('FINE_RANGE_INVALID', `${label}须填写最低罚款额，单位为分的非负整数`, { field: `${field}.minFen` });
    }
    if (p.maxFen === undefined) throw invalid('FINE_RANGE_INVALID', `${label}须填写最高罚款额（按倍数计算、没有固定上限的填 null 并说明计算方法）`, { field: `${field}.maxFen` });
    if (p.maxFen === null) {
      if (!p.note?.trim()) throw invalid('FINE_CAP_UNEXPLAINED', `${label}没有固定上限，须说明罚款的计算方法（如“货值金额十倍以上二十倍以下”）`, { field: `${field}.note` });
      return;
    }
    if (!isInt(p.maxFen) || p.maxFen < 0 || p.maxFen > MAX_FEN) {
      throw invalid('FINE_RANGE_INVALID', `${label}的最高罚款额须为单位为分的非负整数`, { field: `${field}.maxFen` });
    }
    if (p.minFen > p.maxFen) {
      throw invalid('FINE_RANGE_INVALID', `${label}的最低罚款额${formatFen(p.minFen)}高于最高罚款额${formatFen(p.maxFen)}`, { field: `${field}.minFen` });
    }
  });
};

export type SimpleProcedureCheck = { allowed: true } | { allowed: false; reasons: string[] };

/**
 * Whether the item's whole range fits 处罚法 第五十一条, for every kind of party it targets: every penalty that can
 * fall on that party is a warning, or a fine whose statutory top is within the limit for that party.
 */
export const checkSimpleProcedure = (kind: ItemKind, penalties: readonly PenaltySpec[], targetTypes: readonly TargetType[]): SimpleProcedureCheck => {
  if (kind !== 'penalty') return { allowed: false, reasons: ['简易程序只适用于行政处罚事项'] };
  const reasons: string[] = [];
  for (const target of targetTypes) {
    const limit = SIMPLE_PROCEDURE_FINE_LIMITS[target];
    const applicable = penalties.filter((p) => p.appliesTo === 'any' || p.appliesTo === target);
    if (applicable.length === 0) reasons.push(`对${TARGET_TYPE_LABELS[target]}没有列明处罚种类`);
    for (const p of applicable) {
      if (p.kind === 'warning') continue;
      if (p.kind !== 'fine') {
        reasons.push(`${PENALTY_KIND_LABELS[p.kind]}不能当场作出`);
        continue;
      }
      if (p.maxFen === null || p.maxFen === undefined) reasons.push(`对${TARGET_TYPE_LABELS[target]}的罚款没有固定上限`);
      else if (p.maxFen > limit) reasons.push(`对${TARGET_TYPE_LABELS[target]}的罚款最高${formatFen(p.maxFen)}，超过${formatFen(limit)}`);
    }
  }
  return reasons.length === 0 ? { allowed: true } : { allowed: false, reasons: [...new Set(reasons)] };
};

/** Refuses 简易程序 for an item whose range does not allow it, naming why and the article. */
export const assertProcedureAllowed = (
  kind: ItemKind,
  procedure: ItemProcedure,
  penalties: readonly PenaltySpec[],
  targetTypes: readonly TargetType[],
): void => {
  if (procedure !== 'simple') return;
  const check = checkSimpleProcedure(kind, penalties, targetTypes);
  if (check.allowed) return;
  throw unprocessable(
    'SIMPLE_PROCEDURE_NOT_ALLOWED',
    `不能适用简易程序：${check.reasons.join('；')}。${SIMPLE_PROCEDURE_BASIS}只允许当场作出警告，或对公民${formatFen(SIMPLE_PROCEDURE_FINE_LIMITS.citizen)}以下、对法人或者其他组织${formatFen(SIMPLE_PROCEDURE_FINE_LIMITS.organization)}以下的罚款`,
    { field: 'procedure', reasons: check.reasons },
  );
};
