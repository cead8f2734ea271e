import { formatFen } from '@sanxiang/domain/items/money';
import { formatBeijing, formatDate } from '../../app/format.ts';
import { valueText } from './case-format.ts';
import { MEASURE_OUTCOME_LABELS, SERVICE_METHOD_LABELS } from './labels.ts';

/** What each recorded field is called; a field not named here still shows, under its key. */
export const PAYLOAD_LABELS: Record<string, string> = {
  party: '当事人',
  title: '案由',
  report: '调查终结报告',
  penaltyText: '拟处理意见',
  draftVersion: '稿次',
  reason: '理由',
  statement: '声明',
  officers: '执法人员',
  interviewee: '被询问人',
  intervieweeRole: '身份',
  content: '内容',
  signed: '已签名',
  findings: '检查情况',
  samples: '样品',
  purpose: '抽样目的',
  kind: '类别',
  items: '物品清单',
  approvedBy: '批准人',
  startedOn: '起始日期',
  startedAt: '开始时间',
  endedAt: '结束时间',
  dueOn: '届满日期',
  previousDueOn: '原届满日期',
  testingDays: '检测期间（日）',
  outcome: '处理结果',
  endedOn: '处理日期',
  late: '超过期限',
  recipient: '受送达人',
  method: '送达方式',
  servedOn: '送达日期',
  statementDueOn: '陈述申辩期至',
  hearingRequestDueOn: '听证申请期至',
  hearingReasons: '听证权利的理由',
  facts: '违法事实',
  violatedProvisions: '违反的规定',
  penaltyBasis: '处罚依据',
  receivedOn: '收到日期',
  form: '形式',
  assessment: '复核意见',
  adopted: '采纳',
  requestedOn: '提出日期',
  hearingOn: '听证日期',
  chairName: '主持人',
  noticeServedOn: '通知送达日期',
  public: '公开举行',
  heldOn: '日期',
  minutes: '笔录',
  partySigned: '当事人已签字',
  refusalNote: '拒签情况',
  chairOpinion: '主持人意见',
  participants: '参加人',
  conclusion: '结论',
  signedOn: '签署日期',
  address: '电子送达地址',
  opinion: '审批意见',
  decidedOn: '决定日期',
  fineFen: '罚款',
  performance: '履行方式和期限',
  remedyText: '救济途径',
  number: '文号',
  document: '文书',
  paymentDueOn: '缴款期限',
  paidOn: '缴款日期',
  amountFen: '缴款金额',
  channel: '缴款方式',
  receiptNumber: '票据号码',
  lateFeeDays: '逾期天数',
  lateFeeFen: '加处罚款',
  paidTotalFen: '累计已缴',
  owedAfterFen: '尚欠',
  settled: '已缴清',
  newDueOn: '新的缴纳期限',
  on: '日期',
  organ: '复议机关或法院',
  result: '结果',
  appliedOn: '申请日期',
  court: '人民法院',
  summary: '结案报告',
  endingLabel: '结案方式',
  to: '移送至',
  suspectedCrime: '涉嫌犯罪',
  note: '备注',
  manifestSm3: '卷宗清单 SM3',
  decisionNumber: '决定书文号',
  waived: '放弃',
  hearing: '听证',
  occurredAt: '违法时间',
  place: '地点',
  collectedOnTheSpot: '当场收缴',
};

// Ids and machine fields a reader has no use for; the documents are listed on their own line.
const HIDDEN = new Set(['documents', 'measureId', 'participantAccountIds', 'chairAccountId', 'reviewId', 'draft', 'discretion', 'penalties', 'remedies', 'agencyName', 'caseNumber', 'evidenceSummary', 'noPenaltyReason', 'hearingHeld', 'statementWorkingDays', 'ending', 'kindLabel', 'checks']);

const CHOICES: Record<string, Record<string, string>> = {
  method: SERVICE_METHOD_LABELS,
  outcome: { ...MEASURE_OUTCOME_LABELS, penalty: '给予行政处罚', 'no-penalty': '不予行政处罚' },
  form: { written: '书面', oral: '口头' },
  channel: { bank: '银行缴款', online: '网上缴款', 'on-the-spot': '当场收缴' },
  intervieweeRole: { party: '当事人', 'legal-representative': '法定代表人', employee: '工作人员', witness: '证人', other: '其他' },
  to: { agency: '其他行政机关', police: '公安机关' },
  event: { started: '提起', ended: '终结' },
  kind: { preservation: '先行登记保存', seal: '查封', seize: '扣押', deferral: '延期缴纳', instalments: '分期缴纳', reconsideration: '行政复议', lawsuit: '行政诉讼', warning: '警告', fine: '罚款' },
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T/;

/** One recorded value as a person reads it: dates in Chinese, 分 as 元, choices by their label, lists joined. */
export const fieldText = (key: string, value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number' && key.endsWith('Fen')) return formatFen(value);
  if (typeof value === 'string') {
    if (CHOICES[key]?.[value]) return CHOICES[key][value];
    if (DATE.test(value)) return formatDate(value);
    if (DATETIME.test(value)) return formatBeijing(value, 'YYYY-MM-DD HH:mm');
    return value;
  }
  if (Array.isArray(value)) {
    if (value.every(isRecord)) {
      return (
        value
          .map((row) => (typeof row.name === 'string' ? [row.name, row.quantity, row.batch ?? row.note].filter((x) => typeof x === 'string' && x).join(' ') : valueText(row)))
          .join('；') || '—'
      );
    }
    return value.length ? value.map((v) => fieldText(key, v)).join('、') : '—';
  }
  if (isRecord(value) && typeof value.name === 'string') return value.name;
  return valueText(value);
};

export type EventField = { key: string; label: string; text: string };

// The record keeps fields in no telling order (jsonb): they are shown in the order of the label table, unknown ones last.
const ORDER = new Map(Object.keys(PAYLOAD_LABELS).map((key, i) => [key, i]));
const rank = (key: string) => ORDER.get(key) ?? ORDER.size;

/** An event's recorded fields, labelled and readable; ids and raw structures left out. */
export const eventFields = (payload: Record<string, unknown>): EventField[] =>
  Object.entries(payload)
    .filter(([key]) => !HIDDEN.has(key))
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([key, value]) => ({ key, label: PAYLOAD_LABELS[key] ?? key, text: fieldText(key, value) }));

export type EventDocument = { title: string; number: string | null };

/** The documents an event issued (`payload.documents`), by title and number. */
export const eventDocuments = (payload: Record<string, unknown>): EventDocument[] =>
  (Array.isArray(payload.documents) ? payload.documents : []).filter(isRecord).map((d) => ({ title: String(d.title ?? d.kind ?? ''), number: typeof d.number === 'string' ? d.number : null }));
