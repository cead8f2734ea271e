import { cnDate, cnSpan, dataError, joinNames } from '../format.ts';
import {
  type Approval,
  approvalOpinions,
  defineKind,
  type DocumentHeader,
  type Officer,
  officersText,
  type Party,
  partyRows,
  type Penalty,
  penaltyText,
  required,
} from './common.ts';

const numbered = (lines: readonly string[]) => lines.map((l, i) => `${i + 1}. ${l}`);

/** 调查终结报告. */
export type InvestigationReportData = {
  header: DocumentHeader;
  caseNumber: string;
  caseCause: string;
  party: Party;
  handlers: Officer[];
  /** 调查经过: filing, inspections, inquiries, sampling, measures taken. */
  process: string;
  facts: string;
  evidence: string[];
  /** 案件性质、违法依据. */
  analysis: string;
  /** 从轻、减轻、从重等裁量情节 and the benchmark applied. */
  discretion?: string;
  /** 处理意见: the proposed penalty, no penalty, transfer … */
  proposal: string;
};

export const investigationReport = defineKind<InvestigationReportData>({
  title: '调查终结报告',
  numberCode: null,
  description: '案件调查终结后承办人员的报告及处理意见',
  build: (d) => ({
    blocks: [
      { type: 'fields', rows: [['案号', required(d.caseNumber, 'caseNumber')], ['案由', required(d.caseCause, 'caseCause')], ...partyRows(d.party), ['承办人', officersText(d.handlers, 'handlers', 2)]] },
      { type: 'section', title: '一、调查经过', text: required(d.process, 'process') },
      { type: 'section', title: '二、违法事实', text: required(d.facts, 'facts') },
      { type: 'section', title: '三、证据', lines: numbered(required(d.evidence, 'evidence')) },
      { type: 'section', title: '四、案件性质及法律依据', text: required(d.analysis, 'analysis') },
      ...(d.discretion ? [{ type: 'section' as const, title: '五、裁量情节', text: d.discretion }] : []),
      { type: 'section', title: `${d.discretion ? '六' : '五'}、处理意见`, text: required(d.proposal, 'proposal') },
      { type: 'signatures', lines: [{ label: '承办人（签名）', date: d.header.date }] },
    ],
  }),
});

/** 集体讨论笔录 (处罚法 第五十七条第二款). */
export type CollectiveDiscussionData = {
  header: DocumentHeader;
  caseNumber: string;
  caseCause: string;
  party: Party;
  startedAt: string;
  endedAt?: string;
  place: string;
  /** 主持人: an agency head. */
  chair: string;
  recorder: string;
  attendees: string[];
  /** 列席人员. */
  observers?: string[];
  /** 汇报人 and what was reported (facts, evidence, proposed penalty, review opinion). */
  reporter: string;
  report: string;
  discussion: Array<{ speaker: string; opinion: string }>;
  /** 讨论决定: the conclusion reached. */
  conclusion: string;
};

export const collectiveDiscussion = defineKind<CollectiveDiscussionData>({
  title: '集体讨论笔录',
  numberCode: null,
  description: '行政机关负责人集体讨论重大、复杂案件的笔录',
  build: (d) => ({
    blocks: [
      {
        type: 'fields',
        rows: [
          ['案号', required(d.caseNumber, 'caseNumber')],
          ['案由', required(d.caseCause, 'caseCause')],
          ['当事人', required(d.party?.name, 'party.name')],
          ['讨论时间', cnSpan(required(d.startedAt, 'startedAt'), d.endedAt, 'startedAt')],
          ['讨论地点', required(d.place, 'place')],
          ['主持人', required(d.chair, 'chair')],
          ['出席人员', joinNames(required(d.attendees, 'attendees'))],
          ['列席人员', d.observers?.length ? joinNames(d.observers) : undefined],
          ['记录人', required(d.recorder, 'recorder')],
        ],
      },
      { type: 'section', title: `案件情况汇报（汇报人：${required(d.reporter, 'reporter')}）`, text: required(d.report, 'report') },
      { type: 'section', title: '讨论意见', lines: required(d.discussion, 'discussion').map((x) => `${x.speaker}：${x.opinion}`) },
      { type: 'section', title: '讨论决定', text: required(d.conclusion, 'conclusion') },
      { type: 'signatures', lines: [{ label: '主持人（签名）' }, { label: '出席人员（签名）' }, { label: '记录人（签名）' }] },
    ],
  }),
});

/** 法制审核意见书 (处罚法 第五十八条): an opinion on each review point, and the overall result. */
export type LegalReviewOpinionData = {
  header: DocumentHeader;
  caseNumber: string;
  caseCause: string;
  party: Party;
  /** 送审机构 and the day the case was submitted. */
  submittingUnit: string;
  submittedOn: string;
  /** 第几次审核 when resubmitted after 存在问题. */
  round?: number;
  /** 拟作出的行政处罚决定. */
  draftDecision: string;
  /** Each point reviewed (主体合法, 程序合法, 事实清楚 …) with the written opinion and whether it passed. */
  points: Array<{ point: string; opinion: string; passed: boolean }>;
  result: '同意' | '存在问题';
  /** 审核意见及理由: required when the result is 存在问题, what must be corrected. */
  reasons?: string;
  reviewer: { name: string; /** 法制审核人员 / 法律顾问 / 公职律师 */ role?: string; /** 法律职业资格证书编号 */ qualification?: string };
  reviewUnit?: string;
};

export const legalReviewOpinion = defineKind<LegalReviewOpinionData>({
  title: '法制审核意见书',
  numberCode: '法审',
  description: '重大执法决定法制审核的逐项意见和审核结论',
  build: (d) => {
    const points = required(d.points, 'points');
    if (d.result !== '同意' && d.result !== '存在问题') throw dataError('result', '审核结论应为“同意”或“存在问题”');
    if (d.result === '同意' && points.some((p) => !p.passed)) throw dataError('result', '有审核事项存在问题时，审核结论不能为“同意”');
    if (d.result === '存在问题' && !d.reasons?.trim()) throw dataError('reasons', '审核结论为“存在问题”的，须写明问题和理由');
    const reviewer = `${required(d.reviewer?.name, 'reviewer.name')}${d.reviewer.role ? `（${d.reviewer.role}）` : ''}${d.reviewer.qualification ? `，法律职业资格证书编号：${d.reviewer.qualification}` : ''}`;
    return {
      blocks: [
        {
          type: 'fields',
          rows: [
            ['案号', required(d.caseNumber, 'caseNumber')],
            ['案由', required(d.caseCause, 'caseCause')],
            ['当事人', required(d.party?.name, 'party.name')],
            ['送审机构', required(d.submittingUnit, 'submittingUnit')],
            ['送审日期', cnDate(required(d.submittedOn, 'submittedOn'), 'submittedOn')],
            ...(d.round ? ([['审核次数', `第${d.round}次`]] as Array<[string, string]>) : []),
            ['拟作出的处理决定', required(d.draftDecision, 'draftDecision')],
          ],
        },
        {
          type: 'table',
          headers: ['序号', '审核事项', '审核意见', '结论'],
          widths: [30, 110, '*', 50],
          rows: points.map((p, i) => [String(i + 1), required(p.point, `points[${i}].point`), required(p.opinion, `points[${i}].opinion`), p.passed ? '符合' : '存在问题']),
        },
        { type: 'section', title: `审核结论：${d.result}`, text: d.reasons },
        { type: 'signatures', lines: [{ label: '审核人员', name: reviewer, date: d.header.date }] },
        { type: 'issuer', agencyName: d.reviewUnit ? `${d.header.agencyName}${d.reviewUnit}` : d.header.agencyName, date: d.header.date },
      ],
    };
  },
});

/** 行政处罚决定审批表. */
export type DecisionApprovalData = {
  header: DocumentHeader;
  caseNumber: string;
  caseCause: string;
  party: Party;
  facts: string;
  basis: string;
  /** The penalties proposed. */
  penalties: Penalty[];
  /** 事先告知、陈述申辩、听证情况. */
  statementAndHearing: string;
  /** 法制审核情况 (or why none was required), 集体讨论情况. */
  legalReview?: string;
  collectiveDiscussion?: string;
  handlers: Officer[];
  handlerOpinion: string;
  unitApproval?: Approval;
  legalApproval?: Approval;
  agencyApproval?: Approval;
};

export const decisionApproval = defineKind<DecisionApprovalData>({
  title: '行政处罚决定审批表',
  numberCode: null,
  description: '作出行政处罚决定前的审批',
  build: (d) => ({
    blocks: [
      {
        type: 'fields',
        rows: [
          ['案号', required(d.caseNumber, 'caseNumber')],
          ['案由', required(d.caseCause, 'caseCause')],
          ...partyRows(d.party),
          ['违法事实', required(d.facts, 'facts')],
          ['处罚依据', required(d.basis, 'basis')],
          ['拟处罚内容', required(d.penalties, 'penalties').map((p, i) => penaltyText(p, `penalties[${i}]`)).join('；')],
          ['告知及陈述申辩、听证情况', required(d.statementAndHearing, 'statementAndHearing')],
          ['法制审核情况', d.legalReview],
          ['集体讨论情况', d.collectiveDiscussion],
          ['承办人', officersText(d.handlers, 'handlers', 2)],
        ],
      },
      approvalOpinions(d, { legal: true }),
    ],
  }),
});
