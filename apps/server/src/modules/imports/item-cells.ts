import {
  ITEM_KIND_LABELS,
  LEGAL_REVIEW_LABELS,
  PENALTY_KIND_LABELS,
  type PenaltyKind,
  type PenaltySpec,
  PROCEDURE_LABELS,
  TARGET_TYPE_LABELS,
  type TargetType,
} from '@sanxiang/domain';
import { fenToYuan, labelCell, linesCell, yuanToFen } from './cells.ts';

/**
 * The cells of the 权责清单 and 随机抽查事项 templates that hold more than one value: legal bases, target types,
 * penalties with their fines in 元, and the materials of a service guide. Each has a parser and the writer
 * the export uses, so an exported sheet imports back to the same item.
 */

/** Citations, one per line or separated by ；. */
export const citationsCell = (text: string) => linesCell(text, /[\r\n；;]+/);
export const citationsText = (citations: readonly string[]) => citations.join('\n');

const TARGET_ALIASES: Record<string, TargetType> = { 个人: 'citizen', 法人: 'organization', 单位: 'organization', 组织: 'organization', 其他组织: 'organization', 法人和其他组织: 'organization' };
export const targetCell = labelCell(TARGET_TYPE_LABELS, '对象类型', TARGET_ALIASES);
export const targetTypesCell = (text: string) => [...new Set(linesCell(text, /[、,，;；\s]+/).map(targetCell))];
export const targetTypesText = (types: readonly TargetType[]) => types.map((t) => TARGET_TYPE_LABELS[t]).join('、');

export const itemKindCell = labelCell(ITEM_KIND_LABELS, '事项类别', { 许可: 'licensing', 处罚: 'penalty', 强制: 'coercion', 征收: 'expropriation', 征收征用: 'expropriation', 检查: 'inspection', 其他: 'other' });
export const procedureCell = labelCell(PROCEDURE_LABELS, '适用程序', { 一般: 'general', 简易: 'simple' });
export const legalReviewCell = labelCell(LEGAL_REVIEW_LABELS, '法制审核', { 均须: 'always', 全部: 'always', 重大: 'major-only', 仅重大执法决定: 'major-only' });

const PENALTY_ALIASES: Record<string, PenaltyKind> = { 其他: 'other', 其他行政处罚: 'other', 吊销许可证: 'revoke-licence', 吊销营业执照: 'revoke-licence', 暂扣许可证: 'suspend-licence' };
const penaltyKindOf = new Map<string, PenaltyKind>([...Object.entries(PENALTY_KIND_LABELS).map(([k, v]) => [v, k as PenaltyKind] as const), ...Object.entries(PENALTY_ALIASES)]);

const AMOUNT = String.raw`(\d[\d,]*(?:\.\d+)?)`;
const TO = String.raw`\s*元?\s*(?:-|－|—|–|~|～|至)\s*`;
/** The forms a fine's range is written in, from the most specific; the text after it is the note. */
const RANGES: Array<[RegExp, (a: string, b?: string) => { minFen: number; maxFen: number | null }]> = [
  [/^按法定标准计算/u, () => ({ minFen: 0, maxFen: null })],
  [new RegExp(String.raw`^${AMOUNT}\s*元以上\s*${AMOUNT}\s*元以下`, 'u'), (a, b) => ({ minFen: yuanToFen(a), maxFen: yuanToFen(b!) })],
  [new RegExp(String.raw`^${AMOUNT}${TO}${AMOUNT}\s*元`, 'u'), (a, b) => ({ minFen: yuanToFen(a), maxFen: yuanToFen(b!) })],
  [new RegExp(String.raw`^${AMOUNT}\s*元以上`, 'u'), (a) => ({ minFen: yuanToFen(a), maxFen: null })],
  [new RegExp(String.raw`^${AMOUNT}\s*元以下`, 'u'), (a) => ({ minFen: 0, maxFen: yuanToFen(a) })],
  [new RegExp(String.raw`^${AMOUNT}\s*元`, 'u'), (a) => ({ minFen: yuanToFen(a), maxFen: yuanToFen(a) })],
];

const fineOf = (content: string) => {
  for (const [pattern, make] of RANGES) {
    const m = pattern.exec(content);
    if (!m) continue;
    const note = content.slice(m[0].length).replace(/^[\s；;，,。]+/u, '').trim();
    return { ...make(m[1], m[2]), ...(note ? { note } : {}) };
  }
  throw new Error(`罚款幅度“${content.slice(0, 20)}”无法识别：应写如“5,000元以上50,000元以下”“5000-50000元”“50,000元以上”“2,000元以下”或“200元”，金额以元为单位、最多两位小数`);
};

/**
 * One penalty per line: `种类[（适用对象）][：内容]`. For 罚款 the content starts with its range in 元 and may
 * go on with a note after ；; for any other kind the content is its note. Examples:
 * `警告`, `罚款：5,000元以上50,000元以下`, `罚款（法人或者其他组织）：100,000元以上；情节严重的…`,
 * `吊销许可证件：情节严重的，吊销许可证`.
 */
export const penaltiesCell = (text: string): PenaltySpec[] =>
  linesCell(text).map((line, i) => {
    const where = `第${i + 1}行“${line.length > 24 ? `${line.slice(0, 24)}…` : line}”`;
    const m = /^([^（(：:]+?)\s*(?:[（(]\s*对?([^）)]*?)\s*[）)])?\s*(?:[：:]\s*([\s\S]*))?$/u.exec(line);
    if (!m) throw new Error(`处罚种类${where}格式不正确：应为“种类（适用对象）：幅度或说明”`);
    const [, kindText, targetText, content = ''] = m;
    const kind = penaltyKindOf.get(kindText.trim());
    if (!kind) throw new Error(`处罚种类${where}：未知的处罚种类“${kindText.trim()}”，应为：${Object.values(PENALTY_KIND_LABELS).join('、')}`);
    let appliesTo: PenaltySpec['appliesTo'] = 'any';
    if (targetText) {
      try {
        appliesTo = targetCell(targetText);
      } catch (e) {
        throw new Error(`处罚种类${where}：${(e as Error).message}`);
      }
    }
    if (kind !== 'fine') return { kind, appliesTo, ...(content.trim() ? { note: content.trim() } : {}) };
    if (!content.trim()) throw new Error(`处罚种类${where}：罚款须写明幅度，如“罚款：5,000元以上50,000元以下”`);
    try {
      return { kind, appliesTo, ...fineOf(content.trim()) };
    } catch (e) {
      throw new Error(`处罚种类${where}：${(e as Error).message}`);
    }
  });

const rangeText = (minFen: number, maxFen: number | null) => {
  if (maxFen === null) return minFen === 0 ? '按法定标准计算' : `${fenToYuan(minFen)}元以上`;
  if (minFen === maxFen) return `${fenToYuan(minFen)}元`;
  return minFen === 0 ? `${fenToYuan(maxFen)}元以下` : `${fenToYuan(minFen)}元以上${fenToYuan(maxFen)}元以下`;
};

export const penaltiesText = (penalties: readonly PenaltySpec[]) =>
  penalties
    .map((p) => {
      const head = `${PENALTY_KIND_LABELS[p.kind]}${p.appliesTo === 'any' ? '' : `（${TARGET_TYPE_LABELS[p.appliesTo]}）`}`;
      const content = p.kind === 'fine' ? [rangeText(p.minFen ?? 0, p.maxFen ?? null), p.note].filter(Boolean).join('；') : (p.note ?? '');
      return content ? `${head}：${content}` : head;
    })
    .join('\n');

type Material = { name: string; copies?: number; note?: string };

/** 申请材料, one per line: `名称[（N份）][：说明]`. */
export const materialsCell = (text: string): Material[] =>
  linesCell(text).map((line) => {
    const m = /^([\s\S]+?)\s*(?:[（(](\d{1,2})\s*份[）)])?\s*(?:[：:]\s*([\s\S]*))?$/u.exec(line)!;
    const [, name, copies, note] = m;
    return { name: name.trim(), ...(copies ? { copies: Number(copies) } : {}), ...(note?.trim() ? { note: note.trim() } : {}) };
  });

export const materialsText = (materials: readonly Material[]) =>
  materials.map((m) => `${m.name}${m.copies ? `（${m.copies}份）` : ''}${m.note ? `：${m.note}` : ''}`).join('\n');
