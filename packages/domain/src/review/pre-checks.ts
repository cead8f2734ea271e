import type { PlainDate } from '../calendar/plain-date.ts';
import { validateCreditCode } from '../identity/credit-code.ts';
import { validateResidentId } from '../identity/resident-id.ts';
import { PENALTY_KIND_LABELS, type PenaltyKind } from '../items/catalog.ts';
import { formatFen, formatFineRange } from '../items/money.ts';
import type { PenaltySpec } from '../items/penalties.ts';
import { REMEDY_RULES, type RemedyChannels } from '../items/remedies.ts';
import { limitationEndsOn } from '../deadlines/limitation.ts';
import { formatCitation, parseCitation } from '../law/citation.ts';
import { CHINESE_NUMERAL_CHARS } from '../law/chinese-numerals.ts';
import type { ReviewPointKey } from './review-points.ts';

/**
 * Machine pre-checks shown to the reviewer beside the draft (法制审核 辅助). They point at what a person must look at;
 * the written opinion on each point stays the reviewer's. Every check is a pure function of what was submitted.
 */
export type PrecheckKey =
  | 'party-identity'
  | 'facts-elements'
  | 'citations'
  | 'remedy-notice'
  | 'amounts-consistent'
  | 'late-fee-wording'
  | 'fine-range'
  | 'limitation';

/** pass: nothing found; warn: a person should look; fail: contrary to a rule as far as the data shows; unknown: not checkable from the data. */
export type PrecheckStatus = 'pass' | 'warn' | 'fail' | 'unknown';

export type PrecheckFinding = { key: PrecheckKey; label: string; point: ReviewPointKey; status: PrecheckStatus; messages: string[] };

export const PRECHECK_LABELS: Record<PrecheckKey, { label: string; point: ReviewPointKey }> = {
  'party-identity': { label: '当事人身份信息完整有效', point: 'facts-clear' },
  'facts-elements': { label: '违法事实写明时间、地点和行为', point: 'facts-clear' },
  citations: { label: '引用的法条存在且在行为时施行', point: 'law-applied' },
  'remedy-notice': { label: '救济途径（复议、诉讼的渠道和期限）', point: 'procedure-lawful' },
  'amounts-consistent': { label: '各文书金额一致', point: 'documents-proper' },
  'late-fee-wording': { label: '加处罚款告知', point: 'documents-proper' },
  'fine-range': { label: '罚款在法定幅度和裁量基准内', point: 'discretion-proper' },
  limitation: { label: '未超过追责时效', point: 'procedure-lawful' },
};

const finding = (key: PrecheckKey, status: PrecheckStatus, messages: string[]): PrecheckFinding => ({ key, ...PRECHECK_LABELS[key], status, messages });

export type PartyForCheck = {
  kind: 'person' | 'organization';
  name: string | null;
  /** Full 身份证号 when the caller may read it; otherwise only the mask, and the registration-time validation stands. */
  idNumber?: string | null;
  idNumberMasked?: string | null;
  creditCode?: string | null;
  address?: string | null;
};

/** 当事人 identity: a person by a valid 身份证号 (GB 11643), an organisation by a valid 统一社会信用代码 (GB 32100). */
export const checkPartyIdentity = (party: PartyForCheck | null, today?: PlainDate): PrecheckFinding => {
  if (!party) return finding('party-identity', 'fail', ['案件没有登记当事人']);
  const m: string[] = [];
  let status: PrecheckStatus = 'pass';
  if (!party.name?.trim()) {
    m.push('当事人名称（姓名）为空');
    status = 'fail';
  }
  if (party.kind === 'organization') {
    if (!party.creditCode) {
      m.push('单位当事人缺少统一社会信用代码');
      status = 'fail';
    } else {
      const v = validateCreditCode(party.creditCode);
      if (!v.valid) {
        m.push(`统一社会信用代码无效：${v.reason}`);
        status = 'fail';
      } else m.push(`统一社会信用代码${party.creditCode}校验通过`);
    }
  } else if (party.idNumber) {
    const v = validateResidentId(party.idNumber, today);
    if (!v.valid) {
      m.push(`身份证号码无效：${v.reason}`);
      status = 'fail';
    } else m.push('身份证号码校验通过');
  } else if (party.idNumberMasked) {
    m.push(`身份证号码${party.idNumberMasked}（登记时已校验）`);
  } else {
    m.push('个人当事人缺少身份证件号码');
    status = 'fail';
  }
  if (!party.address?.trim()) {
    m.push('未登记住所（地址）');
    if (status === 'pass') status = 'warn';
  }
  return finding('party-identity', status, m);
};

const TIME_RE = /(\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日|[零〇一二三四五六七八九十]+月[零〇一二三四五六七八九十]+日|(上|下)午|\d{1,2}时|至今|期间)/u;
const PLACE_RE = /(在|于|位于|地点|住所|经营场所|店|门店|超市|市场|厂|公司|仓库|路|街|巷|号|镇|乡|村|社区|小区|县|区)/u;
const ACT_RE = /(销售|经营|生产|加工|储存|运输|排放|使用|未|没有|擅自|拒绝|违反|虚假|冒用|伪造|无证|超过|超范围|出售|提供|发布|收购|占用|损坏|倾倒|堆放)/u;

/** 违法事实 states when, where and what (the elements a decision's facts need, 处罚法 第五十九条第一款第二项). */
export const checkFactsElements = (facts: string | null | undefined): PrecheckFinding => {
  const text = (facts ?? '').trim();
  if (!text) return finding('facts-elements', 'fail', ['拟处理意见没有写明违法事实']);
  const missing = [!TIME_RE.test(text) && '时间', !PLACE_RE.test(text) && '地点', !ACT_RE.test(text) && '违法行为'].filter((x): x is string => Boolean(x));
  return missing.length === 0
    ? finding('facts-elements', 'pass', ['违法事实写明了时间、地点和行为'])
    : finding('facts-elements', 'warn', [`违法事实中未识别到${missing.join('、')}，请核对`]);
};

const N = `[${CHINESE_NUMERAL_CHARS}0-9]+`;
const CITATION_RE = new RegExp(`(《[^《》]+》)?(?:本法|本条例)?第${N}条(?:之[${CHINESE_NUMERAL_CHARS}]+)?(?:第${N}款)?(?:第(?:[（(]${N}[）)]|${N})项)?`, 'gu');

/**
 * The citations in a free text (违反的规定, 处罚依据): 《食品安全法》第三十四条第（十）项、第一百二十四条 gives two,
 * the second under the law named before it.
 */
export const extractCitations = (text: string): string[] => {
  const out: string[] = [];
  let lastTitle: string | undefined;
  for (const m of text.replace(/\s+/gu, '').matchAll(CITATION_RE)) {
    const title = m[1] ?? lastTitle;
    if (m[1]) lastTitle = m[1];
    const body = m[0].slice(m[1]?.length ?? 0).replace(/^(本法|本条例)/u, '');
    const citation = title ? `${title}${body}` : body;
    const parsed = parseCitation(citation);
    const normalised = parsed.ok ? formatCitation(parsed) : citation;
    if (!out.includes(normalised)) out.push(normalised);
  }
  return out;
};

/** What the law library answered for one citation on the act's date (the server asks `resolveCitation`). */
export type CitationCheck = { citation: string; source: string } & (
  | { ok: true; lawTitle: string; versionEffectiveOn: string }
  | { ok: false; code: string; message: string }
);

/** Each cited article exists in the law library and was in force on the date of the act (从旧兼从轻 is the reviewer's). */
export const checkCitations = (checks: readonly CitationCheck[], actDate: PlainDate | null): PrecheckFinding => {
  if (checks.length === 0) return finding('citations', 'fail', ['拟处理意见没有引用具体法条（违反的规定、处罚依据）']);
  const m: string[] = [];
  let status: PrecheckStatus = 'pass';
  for (const c of checks) {
    if (c.ok) m.push(`${c.source}：${c.citation}（${c.lawTitle}，${c.versionEffectiveOn}起施行的版本${actDate ? `，${actDate}施行中` : ''}）`);
    else {
      status = 'fail';
      m.push(`${c.source}：${c.citation} — ${c.message}`);
    }
  }
  if (!actDate && status === 'pass') {
    status = 'warn';
    m.push('案件没有违法行为发生日期，按审核当日核对');
  }
  return finding('citations', status, m);
};

/** 救济途径: the decision tells where and within what time to apply for 复议 and to sue (处罚法 第五十九条第一款第五项). */
export const checkRemedyNotice = (remedies: RemedyChannels | null | undefined): PrecheckFinding => {
  if (!remedies) return finding('remedy-notice', 'fail', ['执法事项没有登记救济途径（复议机关、法院和期限），决定书无法告知']);
  const m: string[] = [];
  let status: PrecheckStatus = 'pass';
  if (!remedies.reconsideration?.organ?.trim()) {
    status = 'fail';
    m.push('未写明行政复议机关');
  }
  if (!(remedies.reconsideration?.days >= REMEDY_RULES.reconsideration.days)) {
    status = 'fail';
    m.push(`行政复议申请期限不得少于${REMEDY_RULES.reconsideration.days}日（${REMEDY_RULES.reconsideration.basis}）`);
  }
  if (!remedies.litigation?.court?.trim()) {
    status = 'fail';
    m.push('未写明管辖法院');
  }
  if (!(remedies.litigation?.months >= REMEDY_RULES.litigation.months)) {
    status = 'fail';
    m.push(`起诉期限不得少于${REMEDY_RULES.litigation.months}个月（${REMEDY_RULES.litigation.basis}）`);
  }
  if (status === 'pass') m.push(`复议：${remedies.reconsideration.organ}，${remedies.reconsideration.days}日内；诉讼：${remedies.litigation.court}，${remedies.litigation.months}个月内`);
  return finding('remedy-notice', status, m);
};

type PenaltyLine = { kind: PenaltyKind; amountFen?: number | null };
const totals = (lines: readonly PenaltyLine[]) => {
  const t = new Map<PenaltyKind, number>();
  for (const l of lines) t.set(l.kind, (t.get(l.kind) ?? 0) + (l.amountFen ?? 0));
  return t;
};
const MONEY_KINDS: readonly PenaltyKind[] = ['fine', 'confiscate-illegal-gains', 'confiscate-illegal-property'];

/**
 * Money amounts agree across what was submitted: the draft against every earlier document that stated amounts
 * (调查终结报告, 事先告知书 …). A lower amount after statements is lawful (第四十五条 forbids only a heavier one), so it
 * is a note to verify; a higher one, or a kind the party was not told of, is a failure.
 */
export const checkAmountsConsistent = (draft: readonly PenaltyLine[], documents: ReadonlyArray<{ label: string; penalties: readonly PenaltyLine[] }>): PrecheckFinding => {
  const now = totals(draft);
  if (documents.length === 0) return finding('amounts-consistent', 'unknown', ['送审材料中没有其他载明金额的文书可供核对']);
  const m: string[] = [];
  let status: PrecheckStatus = 'pass';
  for (const doc of documents) {
    const then = totals(doc.penalties);
    for (const kind of MONEY_KINDS) {
      const a = now.get(kind);
      const b = then.get(kind);
      if (a === undefined && b === undefined) continue;
      if (a === b) continue;
      const label = PENALTY_KIND_LABELS[kind];
      if (b === undefined) {
        status = 'fail';
        m.push(`拟处理意见有${label}${formatFen(a!)}，${doc.label}中没有`);
      } else if (a === undefined) {
        if (status === 'pass') status = 'warn';
        m.push(`${doc.label}中的${label}${formatFen(b)}在拟处理意见中已不再有`);
      } else if (a > b) {
        status = 'fail';
        m.push(`${label}：拟处理意见${formatFen(a)}，高于${doc.label}的${formatFen(b)}`);
      } else {
        if (status === 'pass') status = 'warn';
        m.push(`${label}：拟处理意见${formatFen(a)}，低于${doc.label}的${formatFen(b)}，请核对减少的理由`);
      }
    }
  }
  if (m.length === 0) m.push(`拟处理意见的金额与${documents.map((d) => d.label).join('、')}一致`);
  return finding('amounts-consistent', status, m);
};

/** 处罚法 第七十二条: a fine's decision tells that late payment adds 3% a day (加处罚款). */
export const checkLateFeeWording = (hasFine: boolean, texts: ReadonlyArray<{ label: string; text: string }>): PrecheckFinding => {
  if (!hasFine) return finding('late-fee-wording', 'pass', ['不涉及罚款，无需加处罚款告知']);
  const found = texts.find((t) => /加处罚款/u.test(t.text) && /(3%|3％|百分之三)/u.test(t.text));
  if (found) return finding('late-fee-wording', 'pass', [`${found.label}载明到期不缴纳罚款每日按罚款数额的3%加处罚款`]);
  return finding('late-fee-wording', 'warn', [
    texts.length === 0 ? '送审材料中没有可核对的文书文本' : `${texts.map((t) => t.label).join('、')}中未见加处罚款的告知表述`,
    '决定书须告知到期不缴纳罚款的，每日按罚款数额的3%加处罚款（《中华人民共和国行政处罚法》第七十二条第一款第一项）',
  ]);
};

/** One row of a 裁量基准 for the item: the range it sets for a circumstance (情节). */
export type BenchmarkRange = { level: string; minFen: number; maxFen: number };

/**
 * The fine is inside the statutory range of the item (for the party's type) and, when the agency publishes a
 * 裁量基准, inside its range for the stated circumstance. 减轻处罚 (处罚法 第三十二条) may go below the statutory
 * minimum, never above the maximum.
 */
export const checkFineRange = (input: {
  penalties: readonly PenaltyLine[];
  partyKind: 'person' | 'organization';
  itemName: string | null;
  itemPenalties: readonly PenaltySpec[] | null;
  discretionLevel: string;
  benchmark: readonly BenchmarkRange[] | null;
}): PrecheckFinding => {
  const fines = input.penalties.filter((p) => p.kind === 'fine');
  if (!input.itemPenalties) return finding('fine-range', 'unknown', ['案件没有关联执法事项，无法核对法定处罚种类和幅度']);
  const target = input.partyKind === 'person' ? 'citizen' : 'organization';
  const m: string[] = [];
  let status: PrecheckStatus = 'pass';
  const specs = input.itemPenalties.filter((s) => s.appliesTo === 'any' || s.appliesTo === target);
  for (const p of input.penalties) {
    if (!specs.some((s) => s.kind === p.kind)) {
      status = 'fail';
      m.push(`执法事项“${input.itemName}”对${target === 'citizen' ? '公民' : '单位'}没有“${PENALTY_KIND_LABELS[p.kind]}”这一处罚种类`);
    }
  }
  const spec = specs.find((s) => s.kind === 'fine');
  for (const f of fines) {
    const amount = f.amountFen ?? 0;
    if (!spec || spec.minFen === undefined) continue;
    const range = formatFineRange(spec.minFen, spec.maxFen ?? null);
    if (spec.maxFen !== null && spec.maxFen !== undefined && amount > spec.maxFen) {
      status = 'fail';
      m.push(`罚款${formatFen(amount)}超过法定幅度（${range}）`);
    } else if (amount < spec.minFen) {
      if (input.discretionLevel === 'mitigated') {
        if (status === 'pass') status = 'warn';
        m.push(`罚款${formatFen(amount)}低于法定最低额，系减轻处罚（处罚法第三十二条），请核对减轻情节`);
      } else {
        status = 'fail';
        m.push(`罚款${formatFen(amount)}低于法定幅度（${range}），且未认定减轻处罚情节`);
      }
    } else {
      m.push(`罚款${formatFen(amount)}在法定幅度（${range}）内${spec.maxFen === null ? `；${spec.note ?? '按倍数计算，请核对计算基数'}` : ''}`);
      if (spec.maxFen === null && status === 'pass') status = 'warn';
    }
    if (input.benchmark) {
      const b = input.benchmark.find((r) => r.level === input.discretionLevel);
      if (!b) {
        if (status === 'pass') status = 'warn';
        m.push('裁量基准中没有与认定情节对应的幅度');
      } else if (amount < b.minFen || amount > b.maxFen) {
        status = 'fail';
        m.push(`罚款${formatFen(amount)}不在裁量基准对该情节规定的幅度（${formatFineRange(b.minFen, b.maxFen)}）内`);
      } else m.push(`罚款在裁量基准对该情节规定的幅度（${formatFineRange(b.minFen, b.maxFen)}）内`);
    }
  }
  if (fines.length && !input.benchmark) m.push('本机关尚未录入该事项的裁量基准，请人工核对裁量是否适当');
  if (m.length === 0) m.push('不涉及罚款，处罚种类与执法事项一致');
  return finding('fine-range', status, m);
};

/** 处罚法 第三十六条: discovered within 2 years of the act (5 where life, health or financial security was harmed). */
export const checkLimitation = (occurredOn: PlainDate | null, discoveredOn: PlainDate | null, aggravated: boolean): PrecheckFinding => {
  if (!occurredOn) return finding('limitation', 'warn', ['案件没有违法行为发生（终了）日期，无法核对追责时效']);
  const ends = limitationEndsOn(occurredOn, aggravated);
  const on = discoveredOn ?? ends;
  return on <= ends
    ? finding('limitation', 'pass', [`违法行为${occurredOn}发生${discoveredOn ? `，${discoveredOn}发现（立案）` : ''}，追责时效至${ends}`])
    : finding('limitation', 'fail', [`违法行为${occurredOn}发生，至${discoveredOn}发现已超过追责时效（至${ends}），不再给予行政处罚（处罚法第三十六条）`]);
};

/** The overall picture of a finding list: the worst status. */
export const worstStatus = (findings: readonly PrecheckFinding[]): PrecheckStatus =>
  (['fail', 'warn', 'unknown', 'pass'] as const).find((s) => findings.some((f) => f.status === s)) ?? 'pass';
