import type { CaseAction, CaseDetail } from '../../app/api/types.ts';
import type { Choice, FieldSpec, FormValues } from './act-fields.ts';
import { draftValuesOf } from './act-fields.ts';
import { owedText, stateOf } from './case-progress.ts';
import { todayPlain } from '../../app/format.ts';
import { MEASURE_OUTCOME_LABELS, SERVICE_METHOD_LABELS, choicesOf } from './labels.ts';

/** How one act's form looks and where it posts: by default `/cases/:id/acts/<act>`. */
export type ActSpec = {
  fields: FieldSpec[];
  okText?: string;
  /** Another address for the act (the filing acts keep theirs). */
  path?: string;
  /** Values taken from the case (a revision starts from the current draft). */
  initial?: (item: CaseDetail) => FormValues;
  /** A note above the fields: what the act does and which article governs it. */
  note?: string;
  /** A line read from the case (what is owed today). */
  hint?: (item: CaseDetail) => string | null;
  /** The success message, from the updated case. */
  done?: (updated: CaseDetail) => string;
  wide?: boolean;
};

const participants: FieldSpec = { kind: 'participants', name: 'participantAccountIds', label: '参加的执法人员', extra: '《行政处罚法》第四十二条：执法人员不得少于两人。' };
const place: FieldSpec = { kind: 'text', name: 'place', label: '地点', min: 2, max: 200, half: true };
const startedAt: FieldSpec = { kind: 'datetime', name: 'startedAt', label: '开始时间', initial: 'now', half: true };
const endedAt: FieldSpec = { kind: 'datetime', name: 'endedAt', label: '结束时间', initial: 'now', half: true };
const record = [participants, place, startedAt, endedAt];
const served = (name = 'servedOn', label = '送达日期'): FieldSpec => ({ kind: 'date', name, label, initial: 'today', half: true });
const recipient: FieldSpec = { kind: 'text', name: 'recipient', label: '受送达人', min: 2, max: 60, half: true, placeholder: '签收人姓名' };
const yesNo = (yes: string, no: string): Choice[] => [
  { value: true, label: yes },
  { value: false, label: no },
];
const NOTICE_METHODS = choicesOf(SERVICE_METHOD_LABELS, ['direct', 'mail', 'electronic', 'left-at-address']);
const draft: FieldSpec = { kind: 'draft', name: 'draft', label: '拟处理意见' };

/** Every act's form. An act missing here (legal review) is done in its own panel. */
export const ACT_SPECS: Partial<Record<CaseAction, ActSpec>> = {
  'request-filing': {
    path: 'filing-request',
    okText: '提交申请',
    fields: [
      { kind: 'textarea', name: 'reason', label: '立案理由', min: 10, max: 2000, testId: 'filing-reason', placeholder: '涉嫌违法的事实、依据，以及应予立案的理由' },
      { kind: 'checkbox', name: 'aggravated', label: '危害后果严重，涉及公民生命健康安全或金融安全', testId: 'filing-aggravated', extra: '《行政处罚法》第三十六条：追责时效一般为二年，此类情形为五年。' },
    ],
    done: () => '已提交立案申请，等待审批',
  },
  'decide-filing': {
    path: 'filing-decision',
    okText: '提交审批',
    fields: [
      { kind: 'radio', name: 'approve', label: '审批结论', choices: yesNo('同意立案', '不同意（不予立案）'), initial: true, testId: 'filing-approve' },
      { kind: 'textarea', name: 'opinion', label: '审批意见', min: 2, max: 2000, testId: 'filing-opinion' },
    ],
    done: (c) => (c.caseNumber ? `已立案，案件编号 ${c.caseNumber}` : '已决定不予立案'),
  },
  'declare-no-conflict': {
    note: '《行政处罚法》第四十三条：执法人员与案件有直接利害关系或者有其他关系可能影响公正执法的，应当回避。调查取证前，每名承办人须作出声明。',
    fields: [{ kind: 'textarea', name: 'statement', label: '回避声明', min: 4, max: 1000, initial: '本人与本案当事人没有利害关系，不存在应当回避的情形。' }],
  },
  'record-inquiry': {
    wide: true,
    fields: [
      ...record,
      { kind: 'text', name: 'interviewee', label: '被询问人', min: 2, max: 60, half: true },
      { kind: 'select', name: 'intervieweeRole', label: '身份', half: true, choices: [{ value: 'party', label: '当事人' }, { value: 'legal-representative', label: '法定代表人' }, { value: 'employee', label: '工作人员' }, { value: 'witness', label: '证人' }, { value: 'other', label: '其他' }], initial: 'party' },
      { kind: 'textarea', name: 'content', label: '询问内容（问答）', min: 10, max: 20000 },
      { kind: 'checkbox', name: 'signed', label: '被询问人已核对并签名' },
    ],
  },
  'record-inspection': { wide: true, fields: [...record, { kind: 'textarea', name: 'findings', label: '检查情况', min: 10, max: 20000 }] },
  'record-sampling': {
    wide: true,
    fields: [
      ...record,
      { kind: 'rows', name: 'samples', label: '样品', min: 1, max: 50, columns: [{ name: 'name', label: '样品名称', max: 100 }, { name: 'quantity', label: '数量', max: 50, width: 120 }, { name: 'batch', label: '批号', max: 100, optional: true, width: 160 }] },
      { kind: 'text', name: 'purpose', label: '抽样目的', min: 2, max: 500 },
    ],
  },
  'take-measure': {
    wide: true,
    note: '先行登记保存（《行政处罚法》第五十六条）应在七个工作日内作出处理决定；查封、扣押（《行政强制法》第二十五条）期限不超过三十日，经批准可延长一次。',
    fields: [
      { kind: 'radio', name: 'kind', label: '措施', choices: [{ value: 'preservation', label: '先行登记保存' }, { value: 'seal', label: '查封' }, { value: 'seize', label: '扣押' }], initial: 'preservation' },
      ...record,
      { kind: 'rows', name: 'items', label: '物品清单', min: 1, max: 200, columns: [{ name: 'name', label: '物品名称', max: 100 }, { name: 'quantity', label: '数量', max: 50, width: 120 }, { name: 'note', label: '备注', max: 200, optional: true, width: 180 }] },
      { kind: 'textarea', name: 'reason', label: '理由', min: 4, max: 2000 },
      { kind: 'text', name: 'approvedBy', label: '批准的负责人', min: 2, max: 60, half: true },
      { kind: 'date', name: 'startedOn', label: '起始日期', initial: 'today', half: true },
    ],
  },
  'extend-measure': {
    note: '查封、扣押的期限经行政机关负责人批准可以延长一次，延长期限不超过三十日；检测、检验、检疫、技术鉴定的期间不计入（《行政强制法》第二十五条）。',
    fields: [
      { kind: 'measure', name: 'measureId', label: '措施' },
      { kind: 'textarea', name: 'reason', label: '延长理由', min: 4, max: 2000 },
      { kind: 'number', name: 'testingDays', label: '检测、检验、检疫、技术鉴定天数（不计入期限）', min: 0, max: 365, initial: 0 },
    ],
  },
  'end-measure': {
    fields: [
      { kind: 'measure', name: 'measureId', label: '措施' },
      { kind: 'select', name: 'outcome', label: '处理结果', choices: choicesOf(MEASURE_OUTCOME_LABELS), half: true },
      { kind: 'date', name: 'endedOn', label: '处理日期', initial: 'today', half: true },
      { kind: 'textarea', name: 'reason', label: '处理理由', min: 2, max: 2000 },
    ],
  },
  'conclude-investigation': {
    wide: true,
    okText: '提交调查终结报告',
    initial: () => ({ draft: draftValuesOf(undefined) }),
    fields: [{ kind: 'textarea', name: 'report', label: '调查终结报告', min: 20, max: 20000, placeholder: '调查经过、查明的事实、证据及处理建议' }, draft],
  },
  'revise-draft': {
    wide: true,
    note: '《行政处罚法》第四十五条：行政机关不得因当事人陈述、申辩而给予更重的处罚。',
    initial: (item) => ({ draft: draftValuesOf(item.state.draft as Record<string, unknown> | undefined) }),
    fields: [{ kind: 'textarea', name: 'reason', label: '修改理由', min: 4, max: 2000 }, draft],
  },
  'hold-collective-discussion': {
    note: '对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定（《行政处罚法》第五十七条第二款）。',
    fields: [
      { kind: 'date', name: 'heldOn', label: '讨论日期', initial: 'today' },
      { kind: 'names', name: 'participants', label: '参加人', min: 3, extra: '三名以上负责人；输入姓名后按回车。' },
      { kind: 'textarea', name: 'minutes', label: '讨论记录', min: 10, max: 20000 },
      { kind: 'textarea', name: 'conclusion', label: '讨论结论', min: 4, max: 2000 },
    ],
  },
  'serve-prior-notice': {
    note: '行政处罚事先告知书载明拟作出的处罚内容及事实、理由、依据，并告知当事人陈述、申辩和（符合条件的）要求听证的权利（《行政处罚法》第四十四条、第六十三条）。',
    fields: [served(), { kind: 'select', name: 'method', label: '送达方式', choices: NOTICE_METHODS, initial: 'direct', half: true, extra: '电子送达须当事人签署确认书（第六十一条）。' }, recipient],
  },
  'record-statement': {
    fields: [
      { kind: 'date', name: 'receivedOn', label: '收到日期', initial: 'today', half: true },
      { kind: 'radio', name: 'form', label: '形式', choices: [{ value: 'written', label: '书面' }, { value: 'oral', label: '口头' }], initial: 'written', half: true },
      { kind: 'textarea', name: 'content', label: '陈述申辩内容', min: 4, max: 20000 },
      { kind: 'textarea', name: 'assessment', label: '复核意见', min: 4, max: 5000 },
      { kind: 'checkbox', name: 'adopted', label: '采纳当事人的陈述、申辩' },
    ],
  },
  'waive-rights': {
    fields: [
      { kind: 'date', name: 'signedOn', label: '签署日期', initial: 'today' },
      { kind: 'checkbox', name: 'statement', label: '放弃陈述、申辩' },
      { kind: 'checkbox', name: 'hearing', label: '放弃听证' },
      { kind: 'textarea', name: 'note', label: '说明', max: 1000, optional: true },
    ],
  },
  'request-hearing': {
    note: '当事人要求听证的，应当在行政机关告知后五日内提出（《行政处罚法》第六十四条第一项）。',
    fields: [
      { kind: 'date', name: 'requestedOn', label: '提出日期', initial: 'today', half: true },
      { kind: 'radio', name: 'form', label: '形式', choices: [{ value: 'written', label: '书面' }, { value: 'oral', label: '口头' }], initial: 'written', half: true },
      { kind: 'textarea', name: 'note', label: '说明', max: 1000, optional: true },
    ],
  },
  'schedule-hearing': {
    note: '听证七日前通知当事人举行听证的时间、地点；听证由非本案调查人员主持（《行政处罚法》第六十四条第二、四项）。',
    fields: [
      { kind: 'date', name: 'hearingOn', label: '听证日期', half: true },
      { kind: 'date', name: 'noticeServedOn', label: '听证通知书送达日期', initial: 'today', half: true },
      { kind: 'text', name: 'place', label: '听证地点', min: 2, max: 200 },
      { kind: 'chair', name: 'chairAccountId', label: '听证主持人' },
      { kind: 'checkbox', name: 'public', label: '公开举行', initial: true, extra: '涉及国家秘密、商业秘密或者个人隐私依法予以保密的除外。' },
    ],
  },
  'record-hearing': {
    wide: true,
    fields: [
      { kind: 'date', name: 'heldOn', label: '听证日期', initial: 'today' },
      { kind: 'textarea', name: 'minutes', label: '听证笔录', min: 20, max: 50000 },
      { kind: 'checkbox', name: 'partySigned', label: '笔录已交当事人审核无误并签字（第六十四条第八项）' },
      { kind: 'text', name: 'refusalNote', label: '拒绝签字的情况', max: 500, optional: true },
      { kind: 'textarea', name: 'chairOpinion', label: '听证主持人意见', min: 4, max: 5000 },
    ],
  },
  'extend-decision-period': {
    note: '案件情况复杂，不能在立案之日起九十日内作出决定的，经批准可以延长（《行政处罚法》第六十条）。',
    fields: [{ kind: 'textarea', name: 'reason', label: '延长理由', min: 4, max: 2000 }],
  },
  'record-e-service-consent': {
    note: '当事人同意并签订确认书的，行政机关可以采用电子方式送达（《行政处罚法》第六十一条第二款）。',
    fields: [
      { kind: 'date', name: 'signedOn', label: '签署日期', initial: 'today' },
      { kind: 'text', name: 'address', label: '电子送达地址', min: 3, max: 200, placeholder: '电子邮箱、手机号码等' },
    ],
  },
  decide: {
    okText: '作出决定',
    note: '决定前须已送达事先告知书、陈述申辩（及听证）期限届满或当事人放弃，须经法制审核的已审核通过（《行政处罚法》第五十七、五十八、六十二条）。',
    fields: [
      { kind: 'textarea', name: 'opinion', label: '审批意见', min: 2, max: 2000 },
      { kind: 'date', name: 'decidedOn', label: '决定日期', initial: 'today', optional: true },
    ],
    done: (c) => (c.decisionNumber ? `已作出决定，文号 ${c.decisionNumber}` : '已作出决定'),
  },
  'serve-decision': {
    note: '行政处罚决定书应当在宣告后当场交付当事人；当事人不在场的，应当在七日内送达（《行政处罚法》第六十一条）。',
    fields: [served(), { kind: 'select', name: 'method', label: '送达方式', choices: choicesOf(SERVICE_METHOD_LABELS), initial: 'direct', half: true }, recipient],
  },
  'record-payment': {
    hint: (item) => owedText(stateOf(item), todayPlain()),
    note: '到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额（《行政处罚法》第七十二条）。',
    fields: [
      { kind: 'date', name: 'paidOn', label: '缴款日期', initial: 'today', half: true },
      { kind: 'money', name: 'amountFen', label: '缴款金额', half: true },
      { kind: 'select', name: 'channel', label: '缴款方式', half: true, choices: [{ value: 'bank', label: '银行缴款' }, { value: 'online', label: '网上缴款' }, { value: 'on-the-spot', label: '当场收缴' }], initial: 'bank' },
      { kind: 'text', name: 'receiptNumber', label: '票据号码', min: 2, max: 60, half: true },
    ],
  },
  'approve-deferral': {
    note: '当事人确有经济困难，需要延期或者分期缴纳罚款的，经当事人申请和行政机关批准，可以暂缓或者分期缴纳（《行政处罚法》第六十六条第二款）。',
    fields: [
      { kind: 'radio', name: 'kind', label: '方式', choices: [{ value: 'deferral', label: '延期缴纳' }, { value: 'instalments', label: '分期缴纳' }], initial: 'deferral' },
      { kind: 'date', name: 'newDueOn', label: '新的缴纳期限' },
      { kind: 'textarea', name: 'reason', label: '理由', min: 4, max: 2000 },
    ],
  },
  'record-remedy': {
    note: '行政复议或者行政诉讼期间，加处罚款的数额不予计算（《行政处罚法》第七十三条第三款）。',
    fields: [
      { kind: 'radio', name: 'kind', label: '救济途径', choices: [{ value: 'reconsideration', label: '行政复议' }, { value: 'lawsuit', label: '行政诉讼' }], initial: 'reconsideration', half: true },
      { kind: 'radio', name: 'event', label: '事项', choices: [{ value: 'started', label: '提起' }, { value: 'ended', label: '终结' }], initial: 'started', half: true },
      { kind: 'date', name: 'on', label: '日期', initial: 'today', half: true },
      { kind: 'text', name: 'organ', label: '复议机关或人民法院', min: 2, max: 100, half: true },
      { kind: 'textarea', name: 'result', label: '结果', max: 1000, optional: true },
    ],
  },
  'serve-reminder': {
    note: '行政机关申请人民法院强制执行前，应当催告当事人履行义务（《行政强制法》第五十四条）。',
    fields: [served(), { kind: 'select', name: 'method', label: '送达方式', choices: NOTICE_METHODS, initial: 'direct', half: true }],
  },
  'apply-enforcement': {
    fields: [
      { kind: 'date', name: 'appliedOn', label: '申请日期', initial: 'today' },
      { kind: 'text', name: 'court', label: '人民法院', min: 4, max: 100 },
    ],
  },
  close: { okText: '结案', fields: [{ kind: 'textarea', name: 'summary', label: '结案报告', min: 10, max: 5000 }] },
  dismiss: { fields: [{ kind: 'textarea', name: 'reason', label: '撤销立案理由', min: 10, max: 2000 }] },
  transfer: {
    fields: [
      { kind: 'radio', name: 'to', label: '移送至', choices: [{ value: 'agency', label: '其他行政机关' }, { value: 'police', label: '公安机关（涉嫌犯罪）' }], initial: 'agency' },
      { kind: 'text', name: 'recipient', label: '接收机关', min: 4, max: 100 },
      { kind: 'textarea', name: 'reason', label: '移送理由', min: 10, max: 5000 },
      { kind: 'checkbox', name: 'suspectedCrime', label: '涉嫌犯罪（《行政处罚法》第二十七条）' },
    ],
  },
  archive: {
    okText: '归档',
    note: '归档前核对结案所需文书是否齐全；归档后形成电子卷宗，可导出 PDF（含目录）和 ZIP（含 SM3 校验清单）。',
    fields: [{ kind: 'textarea', name: 'note', label: '备注', max: 1000, optional: true }],
  },
};
