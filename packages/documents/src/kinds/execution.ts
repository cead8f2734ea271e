import { DEADLINE_RULES, formatFen, isPlainDate } from '@sanxiang/domain';
import { cnDate, cnDateTime, dataError, money } from '../format.ts';
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

export const SERVICE_METHODS = ['直接送达', '留置送达', '邮寄送达', '电子送达', '委托送达', '转交送达', '公告送达'] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number];

/** 送达回证. */
export type ServiceReceiptData = {
  header: DocumentHeader;
  caseCause?: string;
  /** The documents served with this receipt. */
  documents: Array<{ title: string; number?: string }>;
  /** 受送达人. */
  recipient: string;
  address?: string;
  method: ServiceMethod;
  servedAt?: string;
  servers: Officer[];
  /** 代收人 and relation, when someone else signed. */
  receivedBy?: string;
  /** 留置送达: the witnesses (or the video record) proving the refusal. */
  witness?: string;
  /** 电子送达: the day the party signed its consent (处罚法 第六十一条第二款). */
  electronicConsentOn?: string;
  /** 电子送达: the address (email, platform account) the document went to. */
  electronicAddress?: string;
  note?: string;
};

export const serviceReceipt = defineKind<ServiceReceiptData>({
  title: '送达回证',
  numberCode: '送',
  description: '文书送达的方式、时间及受送达人签收',
  build: (d) => {
    if (!SERVICE_METHODS.includes(d.method)) throw dataError('method', `送达方式应为${SERVICE_METHODS.join('、')}之一`);
    if (d.method === '电子送达' && !(d.electronicConsentOn && d.electronicAddress)) {
      throw dataError('electronicConsentOn', '电子送达须经当事人同意并签订确认书（《中华人民共和国行政处罚法》第六十一条第二款），须写明同意日期和送达地址');
    }
    if (d.method === '留置送达' && !d.witness) throw dataError('witness', '留置送达须写明见证人或者以录像等方式记录送达过程');
    const docs = required(d.documents, 'documents').map((x, i) => `${required(x.title, `documents[${i}].title`)}${x.number ? `（${x.number}）` : ''}`);
    return {
      blocks: [
        {
          type: 'fields',
          rows: [
            ...(d.caseCause ? ([['案由', d.caseCause]] as Array<[string, string]>) : []),
            ['送达文书', numbered(docs).join('\n')],
            ['受送达人', required(d.recipient, 'recipient')],
            ['送达地点', d.method === '电子送达' ? d.electronicAddress : d.address],
            ['送达方式', d.method],
            ...(d.method === '电子送达' ? ([['当事人同意电子送达日期', cnDate(d.electronicConsentOn!, 'electronicConsentOn')]] as Array<[string, string]>) : []),
            ['送达时间', d.servedAt ? cnDateTime(d.servedAt, 'servedAt') : undefined],
            ['送达人', officersText(d.servers, 'servers', 1)],
            ['受送达人签名（盖章）', undefined],
            ['代收人及代收理由', d.receivedBy],
            ['见证人', d.witness],
            ['备注', d.note],
          ],
        },
      ],
    };
  },
});

/** 延期(分期)缴纳罚款审批表 (处罚法 第六十六条第二款). */
export type PaymentDeferralApprovalData = {
  header: DocumentHeader;
  caseNumber: string;
  party: Party;
  decisionNumber: string;
  fineFen: number;
  mode: 'defer' | 'instalments';
  appliedOn: string;
  /** 申请理由: the economic hardship shown. */
  application: string;
  /** 延期: the new last day. */
  deferTo?: string;
  /** 分期: each instalment; together they make the fine. */
  instalments?: Array<{ dueOn: string; amountFen: number }>;
  handlers: Officer[];
  handlerOpinion: string;
  unitApproval?: Approval;
  agencyApproval?: Approval;
};

export const paymentDeferralApproval = defineKind<PaymentDeferralApprovalData>({
  title: '延期(分期)缴纳罚款审批表',
  numberCode: null,
  description: '当事人申请延期或者分期缴纳罚款的审批',
  build: (d) => {
    const fine = d.fineFen;
    if (!Number.isSafeInteger(fine) || fine <= 0) throw dataError('fineFen', '罚款金额应为正整数（分）');
    let plan: string;
    if (d.mode === 'defer') {
      if (!d.deferTo || !isPlainDate(d.deferTo)) throw dataError('deferTo', '延期缴纳须写明延至日期');
      plan = `延期至${cnDate(d.deferTo, 'deferTo')}前缴纳${money(fine)}`;
    } else if (d.mode === 'instalments') {
      const parts = required(d.instalments, 'instalments');
      const sum = parts.reduce((s, p) => s + p.amountFen, 0);
      if (parts.some((p) => !Number.isSafeInteger(p.amountFen) || p.amountFen <= 0) || sum !== fine) {
        throw dataError('instalments', `各期金额之和（${formatFen(sum)}）应等于罚款金额（${formatFen(fine)}）`);
      }
      plan = parts.map((p, i) => `第${i + 1}期：${cnDate(p.dueOn, `instalments[${i}].dueOn`)}前缴纳${money(p.amountFen)}`).join('\n');
    } else throw dataError('mode', '应为延期（defer）或者分期（instalments）');
    return {
      title: d.mode === 'defer' ? '延期缴纳罚款审批表' : '分期缴纳罚款审批表',
      blocks: [
        {
          type: 'fields',
          rows: [
            ['案号', required(d.caseNumber, 'caseNumber')],
            ...partyRows(d.party),
            ['行政处罚决定书文号', required(d.decisionNumber, 'decisionNumber')],
            ['罚款金额', money(fine)],
            ['申请日期', cnDate(required(d.appliedOn, 'appliedOn'), 'appliedOn')],
            ['申请理由', required(d.application, 'application')],
            [d.mode === 'defer' ? '延期缴纳方案' : '分期缴纳方案', plan],
            ['承办人', officersText(d.handlers, 'handlers', 2)],
          ],
        },
        approvalOpinions(d),
      ],
    };
  },
});

/** 履行催告书 (行政强制法 第三十五条, 第五十四条). */
export type PerformanceReminderData = {
  header: DocumentHeader;
  party: Party;
  decisionNumber: string;
  decisionDate: string;
  servedOn?: string;
  /** The obligation not yet performed. */
  obligation: string;
  fineFen?: number;
  /** 加处罚款 accrued as of `lateFeeAsOf` (from the domain's lateFeeFen). */
  lateFeeFen?: number;
  lateFeeAsOf?: string;
  performBy: string;
  payTo?: string;
  contact: Contact;
};

export const performanceReminder = defineKind<PerformanceReminderData>({
  title: '履行催告书',
  numberCode: '催',
  description: '申请强制执行前书面催告当事人履行义务',
  build: (d) => {
    const amounts: string[] = [];
    if (d.fineFen !== undefined) amounts.push(`罚款${money(d.fineFen, 'fineFen')}`);
    if (d.lateFeeFen !== undefined) amounts.push(`截至${cnDate(required(d.lateFeeAsOf, 'lateFeeAsOf'), 'lateFeeAsOf')}的加处罚款${money(d.lateFeeFen, 'lateFeeFen')}`);
    return {
      blocks: [
        { type: 'text', text: partyLine(d.party), indent: false },
        {
          type: 'text',
          text: `本机关于${cnDate(required(d.decisionDate, 'decisionDate'), 'decisionDate')}作出${required(d.decisionNumber, 'decisionNumber')}行政处罚决定${d.servedOn ? `，并于${cnDate(d.servedOn, 'servedOn')}送达你（单位）` : ''}。你（单位）在法定期限内未申请行政复议或者提起行政诉讼，又未履行下列义务：${required(d.obligation, 'obligation')}${amounts.length ? `（${amounts.join('，')}）` : ''}。`,
        },
        {
          type: 'text',
          text: `依据《中华人民共和国行政强制法》第三十五条、第五十四条的规定，现催告你（单位）于${cnDate(required(d.performBy, 'performBy'), 'performBy')}前履行上述义务${d.payTo ? `，款项缴至${d.payTo}` : ''}。你（单位）收到本催告书后有权进行陈述和申辩。催告书送达${DEADLINE_RULES.courtEnforcementAfterReminder.days}个工作日后仍未履行的，本机关将依法申请人民法院强制执行。`,
        },
        ...(contactLine(d.contact) ? [{ type: 'text' as const, text: contactLine(d.contact)! }] : []),
        { type: 'issuer', agencyName: d.header.agencyName, date: d.header.date },
      ],
    };
  },
});

/** 强制执行申请书 to the people's court (行政强制法 第五十三条至第五十五条). */
export type EnforcementApplicationData = {
  header: DocumentHeader;
  court: string;
  /** The agency's head, who signs the application (第五十五条第二款). */
  agencyHead: string;
  agencyAddress: string;
  respondent: Party;
  decisionNumber: string;
  decisionDate: string;
  servedOn: string;
  /** What was decided and what remains unperformed. */
  unperformed: string;
  reminderNumber: string;
  reminderServedOn: string;
  /** 申请事项. */
  request: string;
  attachments: string[];
};

export const enforcementApplication = defineKind<EnforcementApplicationData>({
  title: '强制执行申请书',
  numberCode: '强申',
  description: '申请人民法院强制执行行政处罚决定',
  build: (d) => ({
    blocks: [
      { type: 'text', text: `申请人：${d.header.agencyName}，住所：${required(d.agencyAddress, 'agencyAddress')}，负责人：${required(d.agencyHead, 'agencyHead')}。`, indent: false },
      { type: 'text', text: partyLine(d.respondent, '被申请人'), indent: false },
      { type: 'section', title: '申请事项', text: required(d.request, 'request') },
      {
        type: 'section',
        title: '事实和理由',
        lines: [
          `申请人于${cnDate(required(d.decisionDate, 'decisionDate'), 'decisionDate')}作出${required(d.decisionNumber, 'decisionNumber')}行政处罚决定，于${cnDate(required(d.servedOn, 'servedOn'), 'servedOn')}送达被申请人。被申请人在法定期限内未申请行政复议或者提起行政诉讼，又不履行：${required(d.unperformed, 'unperformed')}。`,
          `申请人于${cnDate(required(d.reminderServedOn, 'reminderServedOn'), 'reminderServedOn')}送达${required(d.reminderNumber, 'reminderNumber')}履行催告书，催告书送达${DEADLINE_RULES.courtEnforcementAfterReminder.days}个工作日后被申请人仍未履行。`,
          `依据《中华人民共和国行政强制法》第五十三条、第五十四条的规定，特申请贵院强制执行。`,
        ],
      },
      { type: 'text', text: `此致\n${required(d.court, 'court')}`, indent: false },
      { type: 'section', title: '附件：', lines: numbered(required(d.attachments, 'attachments')) },
      { type: 'signatures', lines: [{ label: '机关负责人（签名）', name: d.agencyHead }] },
      { type: 'issuer', agencyName: d.header.agencyName, date: d.header.date },
    ],
  }),
});
