import { daysBetween, DEADLINE_RULES, isPlainDate } from '@sanxiang/domain';
import { cnDate, dataError } from '../format.ts';
import { remedyParagraph } from './decision.ts';
import { defineKind, type DocumentHeader, type Item, itemTable, type Party, partyLine, type Remedies, required } from './common.ts';

/** 查封 or 扣押: the two measures of 行政强制法 第九条 share their documents. */
export type SeizureMeasure = '查封' | '扣押';

const measureOf = (m: SeizureMeasure | undefined): SeizureMeasure => {
  if (m !== '查封' && m !== '扣押') throw dataError('measure', '应为“查封”或“扣押”');
  return m;
};

/** Days from `from` to `to`, both counted, after checking both are dates. */
const spanDays = (from: string | undefined, to: string | undefined, field: string) => {
  if (!from || !to || !isPlainDate(from) || !isPlainDate(to)) throw dataError(field, '日期应为 YYYY-MM-DD');
  return daysBetween(from, to) + 1;
};

const periodText = (from: string, to: string, field: string) => {
  if (to < from) throw dataError(field, '期限的结束日期早于开始日期');
  return `${cnDate(from, `${field}.from`)}至${cnDate(to, `${field}.to`)}`;
};

/** 先行登记保存通知书 (处罚法 第五十六条: 机关负责人批准, 七日内作出处理决定). */
export type PreservationNoticeData = {
  header: DocumentHeader;
  party: Party;
  /** Why evidence may be lost or hard to obtain later. */
  reason: string;
  items: Item[];
  /** 保存地点 and the way the items are kept (就地保存 / 异地保存). */
  keptAt: string;
  /** The day by which the agency decides what happens to the items (7 working days, from the deadline engine). */
  decideBy: string;
};

export const preservationNotice = defineKind<PreservationNoticeData>({
  title: '先行登记保存通知书',
  numberCode: '先登',
  description: '证据先行登记保存的通知及物品清单',
  build: (d) => ({
    blocks: [
      { type: 'text', text: partyLine(d.party), indent: false },
      {
        type: 'text',
        text: `因${required(d.reason, 'reason')}，经本机关负责人批准，依据${DEADLINE_RULES.preservationDecision.basis}的规定，对你（单位）的下列物品予以先行登记保存，保存地点：${required(d.keptAt, 'keptAt')}。`,
      },
      {
        type: 'text',
        text: `先行登记保存期间，你（单位）或者有关人员不得损毁、销毁或者转移证据。本机关将在${DEADLINE_RULES.preservationDecision.days}个工作日内，即${cnDate(required(d.decideBy, 'decideBy'), 'decideBy')}前作出处理决定。`,
      },
      itemTable(d.items),
      { type: 'signatures', lines: [{ label: '当事人（签名或者盖章）' }, { label: '执法人员（签名）' }] },
      { type: 'issuer', agencyName: d.header.agencyName, date: d.header.date },
    ],
  }),
});

/** 先行登记保存处理决定书: what happens to preserved items (返还, 查封扣押, 移送, 没收 …). */
export type PreservationDecisionData = {
  header: DocumentHeader;
  party: Party;
  /** The 文号 and date of the 先行登记保存通知书. */
  noticeNumber: string;
  noticeDate: string;
  /** One line per item or group: the decision on it. */
  decisions: Array<{ item: string; decision: string }>;
  remedies: Remedies;
};

export const preservationDecision = defineKind<PreservationDecisionData>({
  title: '先行登记保存处理决定书',
  numberCode: '先登处',
  description: '对先行登记保存物品作出的处理决定',
  build: (d) => ({
    blocks: [
      { type: 'text', text: partyLine(d.party), indent: false },
      {
        type: 'text',
        text: `本机关于${cnDate(required(d.noticeDate, 'noticeDate'), 'noticeDate')}以${required(d.noticeNumber, 'noticeNumber')}先行登记保存通知书对你（单位）的物品予以先行登记保存。依据${DEADLINE_RULES.preservationDecision.basis}的规定，现作出如下处理决定：`,
      },
      { type: 'table', headers: ['序号', '物品', '处理决定'], widths: [30, '*', '*'], rows: required(d.decisions, 'decisions').map((x, i) => [String(i + 1), x.item, x.decision]) },
      { type: 'text', text: remedyParagraph(d.remedies) },
      { type: 'issuer', agencyName: d.header.agencyName, date: d.header.date },
    ],
  }),
});

/** 查封(扣押)决定书 with its 物品清单 (行政强制法 第二十四条: 决定书和清单一式二份). */
export type SeizureDecisionData = {
  header: DocumentHeader;
  measure: SeizureMeasure;
  party: Party;
  /** 理由: the facts that make the measure necessary. */
  reason: string;
  /** 依据: the law that grants the power, e.g. 《中华人民共和国食品安全法》第一百一十条第四项. */
  basis: string;
  items: Item[];
  /** 查封的场所、设施或者财物所在地 / 扣押物品的保管地点. */
  place: string;
  /** The period: at most 30 days (第二十五条), from `from` to `to`. */
  period: { from: string; to: string };
  remedies: Remedies;
};

export const seizureDecision = defineKind<SeizureDecisionData>({
  title: '查封(扣押)决定书',
  numberCode: '封扣',
  description: '查封、扣押决定及物品清单（行政强制法第二十四条）',
  build: (d) => {
    const m = measureOf(d.measure);
    const days = spanDays(d.period?.from, d.period?.to, 'period');
    if (!(days > 0 && days <= DEADLINE_RULES.seizure.days)) throw dataError('period', `${m}期限不得超过${DEADLINE_RULES.seizure.days}日（${DEADLINE_RULES.seizure.basis}）`);
    return {
      title: `${m}决定书`,
      blocks: [
        { type: 'text', text: partyLine(d.party), indent: false },
        { type: 'text', text: `因${required(d.reason, 'reason')}，依据${required(d.basis, 'basis')}和《中华人民共和国行政强制法》第二十四条的规定，本机关决定对你（单位）的有关场所、设施或者财物（详见所附清单）予以${m}。` },
        { type: 'text', text: `${m}地点：${required(d.place, 'place')}。${m}期限：${periodText(d.period.from, d.period.to, 'period')}，共${days}日；情况复杂的，经本机关负责人批准可以延长，但延长期限不得超过${DEADLINE_RULES.seizureExtension.days}日。需要检测、检验、检疫或者技术鉴定的，期间不计入${m}期限。` },
        { type: 'text', text: `对${m}的场所、设施或者财物，你（单位）应当妥善保管，不得使用或者损毁。${remedyParagraph(d.remedies)}` },
        { type: 'issuer', agencyName: d.header.agencyName, date: d.header.date },
        { type: 'annex', title: `${m}物品清单`, number: d.header.number },
        itemTable(d.items),
        { type: 'signatures', lines: [{ label: '当事人（签名或者盖章）' }, { label: '执法人员（签名）' }] },
      ],
      note: '本决定书和清单一式二份，由当事人和本机关分别保存。',
    };
  },
});

/** 延长查封(扣押)期限决定书 (行政强制法 第二十五条). */
export type SeizureExtensionData = {
  header: DocumentHeader;
  measure: SeizureMeasure;
  party: Party;
  originalNumber: string;
  originalPeriod: { from: string; to: string };
  /** The new last day: at most 30 more days. */
  extendedTo: string;
  reason: string;
};

export const seizureExtension = defineKind<SeizureExtensionData>({
  title: '延长查封(扣押)期限决定书',
  numberCode: '延封扣',
  description: '经机关负责人批准延长查封、扣押期限的决定',
  build: (d) => {
    const m = measureOf(d.measure);
    const extra = spanDays(d.originalPeriod?.to, d.extendedTo, 'extendedTo') - 1;
    if (!(extra > 0 && extra <= DEADLINE_RULES.seizureExtension.days)) throw dataError('extendedTo', `延长期限不得超过${DEADLINE_RULES.seizureExtension.days}日（${DEADLINE_RULES.seizureExtension.basis}）`);
    return {
      title: `延长${m}期限决定书`,
      blocks: [
        { type: 'text', text: partyLine(d.party), indent: false },
        {
          type: 'text',
          text: `本机关以${required(d.originalNumber, 'originalNumber')}${m}决定书对你（单位）的有关场所、设施或者财物予以${m}，期限为${periodText(d.originalPeriod.from, d.originalPeriod.to, 'originalPeriod')}。因${required(d.reason, 'reason')}，经本机关负责人批准，依据${DEADLINE_RULES.seizureExtension.basis}的规定，决定将${m}期限延长至${cnDate(d.extendedTo, 'extendedTo')}，延长${extra}日。`,
        },
        { type: 'issuer', agencyName: d.header.agencyName, date: d.header.date },
      ],
    };
  },
});

/** 解除查封(扣押)决定书 (行政强制法 第二十八条). */
export type SeizureReleaseData = {
  header: DocumentHeader;
  measure: SeizureMeasure;
  party: Party;
  originalNumber: string;
  /** Which ground of 第二十八条 applies: 没有违法行为 / 与违法行为无关 / 已作出处理决定不再需要 / 期限已经届满 … */
  reason: string;
  items: Item[];
  releasedOn: string;
};

export const seizureRelease = defineKind<SeizureReleaseData>({
  title: '解除查封(扣押)决定书',
  numberCode: '解封扣',
  description: '解除查封、扣押的决定及解除物品清单',
  build: (d) => {
    const m = measureOf(d.measure);
    return {
      title: `解除${m}决定书`,
      blocks: [
        { type: 'text', text: partyLine(d.party), indent: false },
        {
          type: 'text',
          text: `本机关以${required(d.originalNumber, 'originalNumber')}${m}决定书对你（单位）的有关场所、设施或者财物予以${m}。因${required(d.reason, 'reason')}，依据《中华人民共和国行政强制法》第二十八条的规定，决定自${cnDate(required(d.releasedOn, 'releasedOn'), 'releasedOn')}起解除${m}（解除物品详见下表）。`,
        },
        itemTable(d.items),
        { type: 'signatures', lines: [{ label: '当事人（签名或者盖章）' }, { label: '执法人员（签名）' }] },
        { type: 'issuer', agencyName: d.header.agencyName, date: d.header.date },
      ],
    };
  },
});
