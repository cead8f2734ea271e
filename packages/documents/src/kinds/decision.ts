import { DEADLINE_RULES, LATE_FEE_PER_DAY_PERCENT, type RemedyChannels, remedyText, REMEDY_RULES, validateRemedies } from '@sanxiang/domain';
import type { Block } from '../layout.ts';
import { cnDateTime, dataError } from '../format.ts';
import { defineKind, type DocumentHeader, type Officer, officersText, type Party, partyLine, type Penalty, penaltyText, type Remedies, required } from './common.ts';

const ORDINALS = '一二三四五六七八九十';
const numbered = (lines: readonly string[]) => lines.map((l, i) => `${i + 1}. ${l}`);

const remedyChannels = (r: Remedies, field = 'remedies'): RemedyChannels => {
  const channels: RemedyChannels = {
    reconsideration: { organ: required(r?.reconsiderationOrgan, `${field}.reconsiderationOrgan`), days: r.reconsiderationDays ?? REMEDY_RULES.reconsideration.days },
    litigation: { court: required(r.court, `${field}.court`), months: r.litigationMonths ?? REMEDY_RULES.litigation.months },
  };
  validateRemedies(channels);
  return channels;
};

/** 处罚法 第五十九条（五） and 第七十三条: the channels and time limits, and that the decision is not suspended meanwhile. */
export const remedyParagraph = (r: Remedies) =>
  `${remedyText(remedyChannels(r))}申请行政复议或者提起行政诉讼期间，行政处罚不停止执行，法律另有规定的除外（《中华人民共和国行政处罚法》第七十三条）。`;

const isMoney = (p: Penalty) => p.kind === 'fine' || p.kind === 'confiscate-illegal-gains';

/** Payment: where and within what time (第六十七条: 15 days of service), and the late fee of 第七十二条. */
export type Payment = {
  /** Where to pay: 指定银行及账户, 电子缴款渠道 (缴款码) … */
  payTo: string;
  /** Days from service; defaults to the 15 days of 处罚法 第六十七条. */
  days?: number;
};

const paymentLines = (payment: Payment | undefined, penalties: readonly Penalty[], field = 'payment'): string[] => {
  if (!penalties.some(isMoney)) return [];
  if (!payment) throw dataError(field, '有罚款或没收违法所得的，须写明缴款方式和期限');
  const days = payment.days ?? DEADLINE_RULES.payment.days;
  if (!Number.isInteger(days) || days < 1 || days > DEADLINE_RULES.payment.days) throw dataError(`${field}.days`, `缴款期限为收到决定书之日起${DEADLINE_RULES.payment.days}日内`);
  return [
    `当事人应当自收到本决定书之日起${days}日内，将罚没款缴至${required(payment.payTo, `${field}.payTo`)}（${DEADLINE_RULES.payment.basis}）。`,
    `到期不缴纳罚款的，本机关可以每日按罚款数额的${LATE_FEE_PER_DAY_PERCENT}%加处罚款，加处罚款的数额不超出罚款的数额；并可以依法申请人民法院强制执行（《中华人民共和国行政处罚法》第七十二条）。`,
  ];
};

/** 行政处罚决定书: every element of 处罚法 第五十九条. */
export type PenaltyDecisionData = {
  header: DocumentHeader;
  /** （一）当事人的姓名或者名称、地址 (with credit code or ID number). */
  party: Party;
  caseCause?: string;
  /** （二）违反法律、法规、规章的事实. */
  facts: string;
  /** （二）…和证据: one line per piece of evidence. */
  evidence: string[];
  /** Why the facts break the law: 上述行为违反了《…》第…条的规定. */
  violation: string;
  /** 陈述、申辩或者听证的情况及采纳情况. */
  statementHandling?: string;
  /** 裁量理由: the circumstances and the benchmark applied. */
  discretion?: string;
  /** （三）行政处罚的依据: 依据《…》第…条. */
  penaltyBasis: string;
  /** （三）行政处罚的种类 (and amounts in 分). */
  penalties: Penalty[];
  /** （四）履行方式和期限 for money penalties. */
  payment?: Payment;
  /** （四）for other penalties: how and by when they are carried out (e.g. 责令停产停业 from … to …). */
  performance?: string;
  /** （五）申请行政复议、提起行政诉讼的途径和期限. */
  remedies: Remedies;
};

const decisionBlocks = (d: PenaltyDecisionData): Block[] => {
  const penalties = required(d.penalties, 'penalties');
  const performance = [...paymentLines(d.payment, penalties), ...(d.performance ? [d.performance] : [])];
  if (performance.length === 0) performance.push('本处罚决定自送达之日起执行。');
  const reasoning = [required(d.violation, 'violation'), d.discretion, d.statementHandling].filter((x): x is string => Boolean(x));
  const sections: Array<{ title: string; text?: string; lines?: string[] }> = [
    { title: '违法事实和证据', text: required(d.facts, 'facts'), lines: ['以上事实有下列证据证明：', ...numbered(required(d.evidence, 'evidence'))] },
    { title: '本机关认为', lines: reasoning },
    {
      title: '行政处罚的种类和依据',
      lines: [`依据${required(d.penaltyBasis, 'penaltyBasis')}的规定，本机关决定对当事人作出如下行政处罚：`, ...numbered(penalties.map((p, i) => penaltyText(p, `penalties[${i}]`)))],
    },
    { title: '履行方式和期限', lines: performance },
    { title: '申请行政复议或者提起行政诉讼的途径和期限', text: remedyParagraph(d.remedies) },
  ];
  return [
    { type: 'text', text: partyLine(d.party), indent: false },
    ...(d.caseCause ? [{ type: 'text' as const, text: `案由：${d.caseCause}。`, indent: false }] : []),
    ...sections.map((s, i): Block => ({ type: 'section', title: `${ORDINALS[i]}、${s.title}`, text: s.text, lines: s.lines })),
    { type: 'issuer', agencyName: d.header.agencyName, date: d.header.date },
  ];
};

export const penaltyDecision = defineKind<PenaltyDecisionData>({
  title: '行政处罚决定书',
  numberCode: '罚',
  description: '一般程序作出的行政处罚决定，载明处罚法第五十九条规定的全部事项',
  build: (d) => ({ blocks: decisionBlocks(d), note: '本文书一式两份，一份送达当事人，一份归档。' }),
});

/** 不予行政处罚决定书 (处罚法 第三十条、第三十一条、第三十三条 …). */
export type NoPenaltyDecisionData = {
  header: DocumentHeader;
  party: Party;
  caseCause?: string;
  facts: string;
  evidence: string[];
  /** Why no penalty is given: 违法行为轻微并及时改正，没有造成危害后果 … */
  reason: string;
  /** 依据《中华人民共和国行政处罚法》第三十三条第一款. */
  basis: string;
  /** 处罚法 第三十三条第三款: the education given, when given. */
  education?: string;
  remedies: Remedies;
};

export const noPenaltyDecision = defineKind<NoPenaltyDecisionData>({
  title: '不予行政处罚决定书',
  numberCode: '不罚',
  description: '依法不予行政处罚的决定（含首违不罚）',
  build: (d) => ({
    blocks: [
      { type: 'text', text: partyLine(d.party), indent: false },
      ...(d.caseCause ? [{ type: 'text' as const, text: `案由：${d.caseCause}。`, indent: false }] : []),
      { type: 'section', title: '一、违法事实和证据', text: required(d.facts, 'facts'), lines: ['以上事实有下列证据证明：', ...numbered(required(d.evidence, 'evidence'))] },
      {
        type: 'section',
        title: '二、不予行政处罚的理由和依据',
        lines: [required(d.reason, 'reason'), `依据${required(d.basis, 'basis')}的规定，本机关决定对当事人不予行政处罚。`, ...(d.education ? [d.education] : [])],
      },
      { type: 'section', title: '三、申请行政复议或者提起行政诉讼的途径和期限', text: remedyText(remedyChannels(d.remedies)) },
      { type: 'issuer', agencyName: d.header.agencyName, date: d.header.date },
    ],
  }),
});

/** 当场行政处罚决定书 (简易程序, 处罚法 第五十一条、第五十二条). */
export type OnTheSpotDecisionData = {
  header: DocumentHeader;
  party: Party;
  /** When and where the act happened. */
  actAt: string;
  place: string;
  facts: string;
  violation: string;
  penaltyBasis: string;
  penalties: Penalty[];
  /** 当场收缴 (第六十八条) or payment to the bank within 15 days. */
  collectedOnSpot?: { receiptNo: string };
  payment?: Payment;
  remedies: Remedies;
  officers: Officer[];
};

export const onTheSpotDecision = defineKind<OnTheSpotDecisionData>({
  title: '当场行政处罚决定书',
  numberCode: '当罚',
  description: '简易程序当场作出的行政处罚决定（处罚法第五十一条、第五十二条）',
  build: (d) => {
    const penalties = required(d.penalties, 'penalties');
    const performance = d.collectedOnSpot
      ? [`罚款已当场收缴，专用票据号码：${required(d.collectedOnSpot.receiptNo, 'collectedOnSpot.receiptNo')}（《中华人民共和国行政处罚法》第六十八条）。`]
      : paymentLines(d.payment, penalties);
    return {
      blocks: [
        { type: 'text', text: partyLine(d.party), indent: false },
        {
          type: 'fields',
          rows: [
            ['违法时间', cnDateTime(required(d.actAt, 'actAt'), 'actAt')],
            ['违法地点', required(d.place, 'place')],
          ],
        },
        { type: 'section', title: '违法事实', text: required(d.facts, 'facts') },
        {
          type: 'section',
          title: '处罚依据及内容',
          lines: [
            required(d.violation, 'violation'),
            `依据${required(d.penaltyBasis, 'penaltyBasis')}的规定，当场作出如下行政处罚：`,
            ...numbered(penalties.map((p, i) => penaltyText(p, `penalties[${i}]`))),
          ],
        },
        ...(performance.length ? [{ type: 'section' as const, title: '履行方式和期限', lines: performance }] : []),
        { type: 'section', title: '救济途径和期限', text: remedyParagraph(d.remedies) },
        { type: 'text', text: `执法人员：${officersText(d.officers, 'officers', 1)}`, indent: false },
        { type: 'signatures', lines: [{ label: '当事人（签名或者盖章）' }, { label: '执法人员（签名）' }] },
        { type: 'issuer', agencyName: d.header.agencyName, date: d.header.date },
      ],
      note: '执法人员当场作出的行政处罚决定，应当报所属行政机关备案（《中华人民共和国行政处罚法》第五十二条）。',
    };
  },
});
