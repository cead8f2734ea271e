import type { ItemKind, ItemProcedure, LegalReviewMode } from './catalog.ts';
import { DEFAULT_TIME_LIMITS, formatDays, type ItemTimeLimit } from './time-limits.ts';

/**
 * 执法流程图 as data: the steps of each procedure with the time limits and articles that govern them. The
 * flowchart (flowchart.ts) draws whatever this returns; nothing about the law lives in the drawing code.
 *
 * A flow is a spine of nodes read top to bottom. A decision continues down the spine on one answer and takes
 * a side step on the other; the side step then rejoins the spine further down, loops back up, or ends.
 */
export type FlowStep = {
  id: string;
  label: string;
  /** Time limits and conditions printed beside the step (法定时限). */
  notes?: string[];
  /** The article the step follows, printed under the notes. */
  basis?: string;
};

export type FlowBranch = {
  answer: '是' | '否';
  step: FlowStep & { terminal?: boolean };
  then: { kind: 'rejoin'; target: string } | { kind: 'loop'; target: string } | { kind: 'end' };
};

export type FlowNode =
  | ({ type: 'terminal' } & FlowStep)
  | ({ type: 'step' } & FlowStep)
  | ({ type: 'decision'; continueAnswer: '是' | '否'; branch: FlowBranch } & FlowStep);

export type FlowKey = 'penalty-general' | 'penalty-simple' | 'licensing' | 'coercion' | 'inspection' | 'generic';

export type ProcedureFlow = {
  key: FlowKey;
  title: string;
  /** 一般程序 or 简易程序: drawn in different colours and named in the title. */
  variant: ItemProcedure;
  nodes: FlowNode[];
};

export type FlowInput = {
  kind: ItemKind;
  procedure: ItemProcedure;
  legalReview?: LegalReviewMode;
  timeLimit?: ItemTimeLimit | null;
};

const CF = '《行政处罚法》';
const XK = '《行政许可法》';
const QZ = '《行政强制法》';

const decisionLimit = (input: FlowInput, from: string): string[] => {
  const fallback = DEFAULT_TIME_LIMITS[input.kind];
  const limit = input.timeLimit ?? fallback;
  if (!limit) return [];
  const notes = [`自${from}之日起${formatDays(limit.statutoryDays, limit.dayKind)}内`];
  if (limit.promisedDays) notes.push(`承诺${formatDays(limit.promisedDays, limit.dayKind)}内办结`);
  return notes;
};

// 处罚法 第五章第三节 普通程序, with 第四章 (告知、陈述申辩) and 第五章第四节 (听证).
const penaltyGeneral = (input: FlowInput): ProcedureFlow => {
  const review: FlowNode =
    input.legalReview === 'always'
      ? { type: 'step', id: 'legal-review', label: '法制审核', notes: ['本事项的处罚决定均须审核', '未经审核或审核未通过的不得作出决定'], basis: `${CF}第五十八条` }
      : {
          type: 'decision',
          id: 'needs-review',
          label: '是否需要法制审核',
          notes: ['重大执法决定（涉及重大公共利益、', '经过听证、案情复杂等）须审核'],
          basis: `${CF}第五十八条`,
          continueAnswer: '否',
          branch: { answer: '是', step: { id: 'legal-review', label: '法制审核', notes: ['未经审核或审核未通过的', '不得作出决定'] }, then: { kind: 'rejoin', target: 'collective-check' } },
        };
  return {
    key: 'penalty-general',
    title: '行政处罚一般程序流程图',
    variant: 'general',
    nodes: [
      { type: 'terminal', id: 'file', label: '立案', notes: ['符合立案标准的及时立案', '经行政机关负责人批准'], basis: `${CF}第五十四条` },
      { type: 'step', id: 'investigate', label: '调查取证', notes: ['执法人员不少于两人', '出示执法证件'], basis: `${CF}第四十二条、第五十五条` },
      { type: 'step', id: 'examine', label: '审查（调查终结）', notes: ['负责人审查调查结果'], basis: `${CF}第五十七条` },
      review,
      {
        type: 'decision',
        id: 'collective-check',
        label: '情节复杂或重大违法',
        basis: `${CF}第五十七条第二款`,
        continueAnswer: '否',
        branch: { answer: '是', step: { id: 'collective', label: '集体讨论', notes: ['行政机关负责人集体讨论决定'] }, then: { kind: 'rejoin', target: 'notify' } },
      },
      { type: 'step', id: 'notify', label: '事先告知', notes: ['告知拟处罚内容及事实、理由、依据', '和陈述、申辩、要求听证的权利'], basis: `${CF}第四十四条` },
      {
        type: 'decision',
        id: 'hearing-check',
        label: '当事人要求听证',
        notes: ['告知后5个工作日内提出'],
        basis: `${CF}第六十三条、第六十四条`,
        continueAnswer: '否',
        branch: { answer: '是', step: { id: 'hearing', label: '听证', notes: ['举行7个工作日前通知当事人', '听证笔录作为决定的依据'] }, then: { kind: 'rejoin', target: 'decide' } },
      },
      { type: 'step', id: 'defend', label: '陈述申辩', notes: ['充分听取意见，复核事实理由', '不得因申辩而加重处罚'], basis: `${CF}第四十五条` },
      { type: 'step', id: 'decide', label: '决定', notes: decisionLimit(input, '立案'), basis: `${CF}第五十七条、第六十条` },
      { type: 'step', id: 'serve', label: '送达', notes: ['宣告后当场交付；当事人不在场的', '7个工作日内送达'], basis: `${CF}第六十一条` },
      { type: 'step', id: 'execute', label: '执行', notes: ['收到决定书之日起15日内缴纳罚款'], basis: `${CF}第六十七条` },
      { type: 'terminal', id: 'close', label: '结案', notes: ['立卷归档'] },
    ],
  };
};

// 处罚法 第五章第二节 简易程序: 当场作出.
const penaltySimple = (): ProcedureFlow => ({
  key: 'penalty-simple',
  title: '行政处罚简易程序（当场处罚）流程图',
  variant: 'simple',
  nodes: [
    { type: 'terminal', id: 'on-spot', label: '当场发现违法行为', notes: ['违法事实确凿并有法定依据'], basis: `${CF}第五十一条` },
    { type: 'step', id: 'show-id', label: '出示执法证件', notes: ['向当事人表明身份'], basis: `${CF}第五十二条` },
    { type: 'step', id: 'inform', label: '告知', notes: ['当场告知违法事实、处罚理由', '和依据，以及陈述、申辩权利'], basis: `${CF}第四十四条` },
    { type: 'step', id: 'defend', label: '陈述申辩', notes: ['听取当事人意见'], basis: `${CF}第四十五条` },
    { type: 'step', id: 'decide', label: '当场决定', notes: ['填写预定格式、编有号码的', '行政处罚决定书'], basis: `${CF}第五十二条` },
    { type: 'step', id: 'deliver', label: '交付决定书', notes: ['当场交付当事人', '当事人签字或盖章'], basis: `${CF}第五十二条` },
    {
      type: 'decision',
      id: 'collect-check',
      label: '是否当场收缴罚款',
      notes: ['100元以下或事后难以执行的'],
      basis: `${CF}第六十八条`,
      continueAnswer: '否',
      branch: { answer: '是', step: { id: 'collect', label: '当场收缴罚款', notes: ['出具专用票据', '2个工作日内交至行政机关'], basis: `${CF}第七十条、第七十一条` }, then: { kind: 'rejoin', target: 'record' } },
    },
    { type: 'terminal', id: 'record', label: '备案', notes: ['报所属行政机关备案'], basis: `${CF}第五十二条` },
  ],
});

// 行政许可法 第四章 行政许可的实施程序.
const licensing = (input: FlowInput): ProcedureFlow => ({
  key: 'licensing',
  title: '行政许可办理流程图',
  variant: 'general',
  nodes: [
    { type: 'terminal', id: 'apply', label: '申请', notes: ['提交申请书及申请材料'], basis: `${XK}第二十九条` },
    {
      type: 'decision',
      id: 'complete-check',
      label: '材料齐全、符合法定形式',
      continueAnswer: '是',
      branch: {
        answer: '否',
        step: { id: 'supplement', label: '一次性告知补正内容', notes: ['当场或5个工作日内告知', '逾期不告知的，自收到材料之日起即为受理'], basis: `${XK}第三十二条` },
        then: { kind: 'loop', target: 'apply' },
      },
    },
    { type: 'step', id: 'accept', label: '受理', notes: ['出具加盖专用印章、注明日期的书面凭证'], basis: `${XK}第三十二条` },
    { type: 'step', id: 'examine', label: '审查', notes: ['需要核实的，指派两名以上工作人员核查'], basis: `${XK}第三十四条` },
    {
      type: 'decision',
      id: 'grant-check',
      label: '是否准予许可',
      continueAnswer: '是',
      branch: {
        answer: '否',
        step: { id: 'refuse', label: '不予许可决定', terminal: true, notes: ['书面说明理由', '告知申请复议、提起诉讼的权利'], basis: `${XK}第三十八条` },
        then: { kind: 'end' },
      },
    },
    {
      type: 'step',
      id: 'decide',
      label: '作出准予许可决定',
      notes: [...decisionLimit(input, '受理'), '经负责人批准可延长10个工作日'],
      basis: `${XK}第四十二条`,
    },
    { type: 'terminal', id: 'issue', label: '送达、颁发许可证件', notes: ['作出决定之日起10个工作日内'], basis: `${XK}第四十四条` },
  ],
});

// 行政强制法 第十八条 (实施程序), 第十九条 (情况紧急), 第二十四条、第二十五条 (查封、扣押).
const coercion = (input: FlowInput): ProcedureFlow => ({
  key: 'coercion',
  title: '行政强制措施流程图',
  variant: 'general',
  nodes: [
    { type: 'terminal', id: 'start', label: '发现需采取强制措施的情形', basis: `${QZ}第十六条` },
    {
      type: 'decision',
      id: 'urgent-check',
      label: '情况紧急需当场实施',
      continueAnswer: '否',
      branch: {
        answer: '是',
        step: { id: 'urgent', label: '当场实施', notes: ['24小时内向负责人报告', '补办批准手续'], basis: `${QZ}第十九条` },
        then: { kind: 'rejoin', target: 'enforce' },
      },
    },
    { type: 'step', id: 'approve', label: '报告负责人并经批准', basis: `${QZ}第十八条第（一）项` },
    { type: 'step', id: 'enforce', label: '两名以上执法人员实施', notes: ['出示执法身份证件'], basis: `${QZ}第十八条第（二）（三）项` },
    {
      type: 'decision',
      id: 'present-check',
      label: '当事人是否到场',
      basis: `${QZ}第十八条第（四）项`,
      continueAnswer: '是',
      branch: { answer: '否', step: { id: 'witness', label: '邀请见证人到场', notes: ['见证人在现场笔录上签名或盖章'], basis: `${QZ}第十八条第（八）项` }, then: { kind: 'rejoin', target: 'inform' } },
    },
    { type: 'step', id: 'inform', label: '告知理由、依据和权利', notes: ['当场告知采取措施的理由、依据', '以及依法享有的权利、救济途径'], basis: `${QZ}第十八条第（五）项` },
    { type: 'step', id: 'defend', label: '听取陈述和申辩', basis: `${QZ}第十八条第（六）项` },
    { type: 'step', id: 'record', label: '制作现场笔录', notes: ['当事人和执法人员签名或盖章'], basis: `${QZ}第十八条第（七）项` },
    { type: 'step', id: 'decision', label: '交付决定书和清单', notes: ['查封、扣押决定书和清单当场交付'], basis: `${QZ}第二十四条` },
    {
      type: 'terminal',
      id: 'dispose',
      label: '依法处理或解除',
      notes: input.timeLimit
        ? [`期限不超过${formatDays(input.timeLimit.statutoryDays, input.timeLimit.dayKind)}`]
        : ['查封、扣押不超过30日', '情况复杂的经批准可延长30日'],
      basis: `${QZ}第二十五条`,
    },
  ],
});

// 行政检查, including 双随机、一公开 (结果20个工作日内公示).
const inspection = (): ProcedureFlow => ({
  key: 'inspection',
  title: '行政检查流程图',
  variant: 'general',
  nodes: [
    { type: 'terminal', id: 'plan', label: '制定检查计划', notes: ['随机抽取检查对象和执法检查人员'] },
    { type: 'step', id: 'show-id', label: '出示执法证件', notes: ['执法人员不少于两人', '告知检查事项和当事人权利'] },
    { type: 'step', id: 'inspect', label: '实施检查', notes: ['现场检查、书面检查或抽样检测'] },
    { type: 'step', id: 'record', label: '制作检查记录', notes: ['当事人核对后签名或盖章'] },
    {
      type: 'decision',
      id: 'violation-check',
      label: '是否发现违法行为',
      continueAnswer: '否',
      branch: { answer: '是', step: { id: 'handle', label: '依法处理', notes: ['责令改正、立案查处', '或移送有关机关'] }, then: { kind: 'rejoin', target: 'publish' } },
    },
    { type: 'terminal', id: 'publish', label: '检查结果公示', notes: ['检查结束后20个工作日内公示'] },
  ],
});

const generic = (input: FlowInput): ProcedureFlow => ({
  key: 'generic',
  title: '行政执法办理流程图',
  variant: 'general',
  nodes: [
    { type: 'terminal', id: 'start', label: '启动', notes: ['依申请或依职权'] },
    { type: 'step', id: 'verify', label: '调查核实', notes: ['执法人员不少于两人'] },
    { type: 'step', id: 'inform', label: '告知', notes: ['告知事实、理由、依据', '和陈述、申辩的权利'] },
    { type: 'step', id: 'defend', label: '陈述申辩' },
    { type: 'step', id: 'decide', label: '作出决定', notes: input.timeLimit ? [`${formatDays(input.timeLimit.statutoryDays, input.timeLimit.dayKind)}内`] : [] },
    { type: 'step', id: 'serve', label: '送达' },
    { type: 'terminal', id: 'execute', label: '执行、结案' },
  ],
});

/** The procedure an item follows, by its kind and (for penalties) its procedure. */
export const procedureFlow = (input: FlowInput): ProcedureFlow => {
  switch (input.kind) {
    case 'penalty':
      return input.procedure === 'simple' ? penaltySimple() : penaltyGeneral(input);
    case 'licensing':
      return licensing(input);
    case 'coercion':
      return coercion(input);
    case 'inspection':
      return inspection();
    default:
      return generic(input);
  }
};

/** Every label of a flow in reading order, spine and side steps (for the chart's text alternative). */
export const flowLabels = (flow: ProcedureFlow): string[] =>
  flow.nodes.flatMap((n) => (n.type === 'decision' ? [`${n.label}？`, n.branch.step.label] : [n.label]));
