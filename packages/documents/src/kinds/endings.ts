import { cnDate, joinNames } from '../format.ts';
import {
  type Approval,
  approvalOpinions,
  type Contact,
  contactLine,
  defineKind,
  type DocumentHeader,
  type Officer,
  officersText,
  type Party,
  partyLine,
  partyRows,
  required,
} from './common.ts';

const numbered = (lines: readonly string[]) => lines.map((l, i) => `${i + 1}. ${l}`);

/** 涉嫌犯罪案件移送书 (处罚法 第二十七条; 《行政执法机关移送涉嫌犯罪案件的规定》第六条). */
export type CrimeTransferData = {
  header: DocumentHeader;
  /** The public security organ receiving the case. */
  policeOrgan: string;
  caseCause: string;
  party: Party;
  facts: string;
  /** The crime suspected, e.g. 涉嫌生产、销售伪劣产品罪. */
  suspectedCrime: string;
  /** 涉嫌犯罪案件情况的调查报告、涉案物品清单、检验报告或者鉴定结论 … */
  attachments: string[];
  contact: Contact;
};

export const crimeTransfer = defineKind<CrimeTransferData>({
  title: '涉嫌犯罪案件移送书',
  numberCode: '刑移',
  description: '向公安机关移送涉嫌犯罪案件（行刑衔接）',
  build: (d) => ({
    blocks: [
      { type: 'text', text: `${required(d.policeOrgan, 'policeOrgan')}：`, indent: false },
      {
        type: 'text',
        text: `本机关在查处${partyLine(d.party).replace(/^当事人：/, '').replace(/。$/, '')}${required(d.caseCause, 'caseCause')}一案中发现，${required(d.facts, 'facts')}当事人的行为${required(d.suspectedCrime, 'suspectedCrime')}。`,
      },
      {
        type: 'text',
        text: '依据《中华人民共和国行政处罚法》第二十七条和《行政执法机关移送涉嫌犯罪案件的规定》第三条、第六条的规定，现将该案移送你局，请依法审查。审查结果请书面告知本机关。',
      },
      { type: 'section', title: '附件：', lines: numbered(required(d.attachments, 'attachments')) },
      ...(contactLine(d.contact) ? [{ type: 'text' as const, text: contactLine(d.contact)! }] : []),
      { type: 'issuer', agencyName: d.header.agencyName, date: d.header.date },
    ],
  }),
});

/** 案件移送函: to the competent agency when the case is outside this agency's jurisdiction. */
export type CaseTransferLetterData = {
  header: DocumentHeader;
  receivingAgency: string;
  caseCause: string;
  party: Party;
  /** Why the case goes there: 不属于本机关管辖 … */
  reason: string;
  basis: string;
  attachments: string[];
  contact: Contact;
};

export const caseTransferLetter = defineKind<CaseTransferLetterData>({
  title: '案件移送函',
  numberCode: '移',
  description: '将不属于本机关管辖的案件移送有管辖权的机关',
  build: (d) => ({
    blocks: [
      { type: 'text', text: `${required(d.receivingAgency, 'receivingAgency')}：`, indent: false },
      { type: 'text', text: `本机关在办理${required(d.caseCause, 'caseCause')}一案中，${required(d.reason, 'reason')}依据${required(d.basis, 'basis')}的规定，现将该案移送你单位处理。${partyLine(d.party)}` },
      { type: 'section', title: '附件：', lines: numbered(required(d.attachments, 'attachments')) },
      ...(contactLine(d.contact) ? [{ type: 'text' as const, text: contactLine(d.contact)! }] : []),
      { type: 'issuer', agencyName: d.header.agencyName, date: d.header.date },
    ],
  }),
});

/** 结案审批表 (form) or 结案报告 (report): how the case ended and how the decision was carried out. */
export type ClosingReportData = {
  header: DocumentHeader;
  form: 'approval' | 'report';
  caseNumber: string;
  caseCause: string;
  party: Party;
  filedOn: string;
  /** The decision the case ended with (number and date, or 不予处罚 / 移送 …). */
  decision: { number?: string; date?: string; summary: string };
  /** 执行情况: payments with receipt numbers, measures lifted, items disposed of. */
  execution: string;
  /** 结案理由: 执行完毕 / 不予处罚 / 移送 / 终结执行 … */
  closingReason: string;
  handlers: Officer[];
  handlerOpinion: string;
  unitApproval?: Approval;
  agencyApproval?: Approval;
};

export const closingReport = defineKind<ClosingReportData>({
  title: '结案审批表',
  numberCode: null,
  description: '案件办结后的结案审批（或结案报告）',
  build: (d) => ({
    title: d.form === 'report' ? '结案报告' : '结案审批表',
    blocks: [
      {
        type: 'fields',
        rows: [
          ['案号', required(d.caseNumber, 'caseNumber')],
          ['案由', required(d.caseCause, 'caseCause')],
          ...partyRows(d.party),
          ['立案日期', cnDate(required(d.filedOn, 'filedOn'), 'filedOn')],
          ['处理决定', joinNames([d.decision?.number ?? '', d.decision?.date ? cnDate(d.decision.date, 'decision.date') : '']) + (d.decision?.number || d.decision?.date ? '：' : '') + required(d.decision?.summary, 'decision.summary')],
          ['执行情况', required(d.execution, 'execution')],
          ['结案理由', required(d.closingReason, 'closingReason')],
          ['承办人', officersText(d.handlers, 'handlers', 2)],
        ],
      },
      approvalOpinions(d),
    ],
  }),
});
