import { type Approval, approvalOpinions, defineKind, type DocumentHeader, type Officer, officersText, type Party, partyRows, required } from './common.ts';
import { cnDate } from '../format.ts';

/** 立案审批表: the request to open a case and its approvals (处罚法 第五十四条). */
export type FilingApprovalData = {
  header: DocumentHeader;
  /** 案件来源: 投诉举报 / 监督检查 / 移送 / 上级交办 … */
  caseSource: string;
  /** 案由, e.g. 涉嫌销售过期食品案. */
  caseCause: string;
  party: Party;
  /** When the clue was received or the act discovered. */
  discoveredOn?: string;
  /** 案情摘要. */
  summary: string;
  /** 涉嫌违反的法律规定. */
  suspectedBasis?: string;
  handlers: Officer[];
  handlerOpinion: string;
  unitApproval?: Approval;
  agencyApproval?: Approval;
};

export const filingApproval = defineKind<FilingApprovalData>({
  title: '立案审批表',
  numberCode: '立',
  // Filled in before the decision to file: the case number (立) exists only once filing is approved.
  numberOptional: true,
  description: '立案申请及承办机构、机关负责人审批意见',
  build: (d) => ({
    blocks: [
      {
        type: 'fields',
        rows: [
          ['案由', required(d.caseCause, 'caseCause')],
          ['案件来源', required(d.caseSource, 'caseSource')],
          ['发现（受理）日期', d.discoveredOn ? cnDate(d.discoveredOn, 'discoveredOn') : undefined],
          ...partyRows(d.party),
          ['案情摘要', required(d.summary, 'summary')],
          ['涉嫌违反的规定', d.suspectedBasis],
          ['承办人', officersText(d.handlers, 'handlers', 2)],
        ],
      },
      approvalOpinions(d),
    ],
  }),
});

/** 撤销立案审批表: withdrawing a filed case (no violation established, beyond the limitation period …). */
export type RevokeFilingApprovalData = {
  header: DocumentHeader;
  caseNumber: string;
  caseCause: string;
  filedOn: string;
  party: Party;
  /** 撤销立案的理由 and its basis. */
  reason: string;
  handlers: Officer[];
  handlerOpinion: string;
  unitApproval?: Approval;
  agencyApproval?: Approval;
};

export const revokeFilingApproval = defineKind<RevokeFilingApprovalData>({
  title: '撤销立案审批表',
  numberCode: null,
  description: '撤销已立案件的理由及审批意见',
  build: (d) => ({
    blocks: [
      {
        type: 'fields',
        rows: [
          ['案号', required(d.caseNumber, 'caseNumber')],
          ['案由', required(d.caseCause, 'caseCause')],
          ['立案日期', cnDate(required(d.filedOn, 'filedOn'), 'filedOn')],
          ...partyRows(d.party),
          ['撤销立案理由', required(d.reason, 'reason')],
          ['承办人', officersText(d.handlers, 'handlers', 2)],
        ],
      },
      approvalOpinions(d),
    ],
  }),
});

/** 不予立案审批表: a clue that will not become a case, and why. */
export type NotFilingApprovalData = {
  header: DocumentHeader;
  caseSource: string;
  /** 线索（案源）登记号 and what the clue said. */
  clueNumber?: string;
  clueSummary: string;
  party?: Party;
  /** 不予立案的理由: no violation, beyond the limitation period (第三十六条), not within jurisdiction … */
  reason: string;
  handlers: Officer[];
  handlerOpinion: string;
  unitApproval?: Approval;
  agencyApproval?: Approval;
};

export const notFilingApproval = defineKind<NotFilingApprovalData>({
  title: '不予立案审批表',
  numberCode: null,
  description: '经核查不予立案的理由及审批意见',
  build: (d) => ({
    blocks: [
      {
        type: 'fields',
        rows: [
          ['案件来源', required(d.caseSource, 'caseSource')],
          ['案源登记号', d.clueNumber],
          ['线索内容', required(d.clueSummary, 'clueSummary')],
          ...(d.party ? partyRows(d.party) : []),
          ['不予立案理由', required(d.reason, 'reason')],
          ['承办人', officersText(d.handlers, 'handlers', 2)],
        ],
      },
      approvalOpinions(d),
    ],
  }),
});

/** 回避声明 (处罚法 第四十三条): each officer on the case states whether anything calls for recusal. */
export type RecusalDeclarationData = {
  header: DocumentHeader;
  caseNumber?: string;
  caseCause: string;
  party: Party;
  declarations: Array<{ officer: Officer; /** A relation to the case that may affect impartiality, if any. */ conflict?: string }>;
};

export const recusalDeclaration = defineKind<RecusalDeclarationData>({
  title: '回避声明',
  numberCode: null,
  description: '执法人员就是否存在应当回避的情形作出的声明',
  build: (d) => {
    const declarations = required(d.declarations, 'declarations');
    return {
      blocks: [
        { type: 'fields', rows: [['案号', d.caseNumber], ['案由', required(d.caseCause, 'caseCause')], ['当事人', required(d.party?.name, 'party.name')]] },
        ...declarations.map((x, i) => ({
          type: 'text' as const,
          text: x.conflict
            ? `本人${required(x.officer?.name, `declarations[${i}].officer.name`)}（执法证号：${x.officer.certificateNo}）与本案存在以下情形：${x.conflict}。依据《中华人民共和国行政处罚法》第四十三条的规定，申请回避。`
            : `本人${required(x.officer?.name, `declarations[${i}].officer.name`)}（执法证号：${x.officer.certificateNo}）声明：本人与本案没有直接利害关系，也不存在其他可能影响公正执法的关系，不具有《中华人民共和国行政处罚法》第四十三条规定的应当回避的情形。`,
        })),
        { type: 'signatures', lines: declarations.map((x) => ({ label: `声明人${x.officer.name}（签名）` })) },
      ],
    };
  },
});

/** 延长办案期限审批表 (处罚法 第六十条 and the field's rules: extension of the 90-day decision period). */
export type ExtensionApprovalData = {
  header: DocumentHeader;
  caseNumber: string;
  caseCause: string;
  party: Party;
  filedOn: string;
  /** The current last day to decide, and the day asked for. */
  currentDeadline: string;
  extendedTo: string;
  reason: string;
  /** The rule allowing the extension, e.g. 《市场监督管理行政处罚程序规定》第六十四条. */
  basis: string;
  handlers: Officer[];
  handlerOpinion: string;
  unitApproval?: Approval;
  agencyApproval?: Approval;
};

export const extensionApproval = defineKind<ExtensionApprovalData>({
  title: '延长办案期限审批表',
  numberCode: null,
  description: '案件不能在法定期限内作出决定时延长办案期限的审批',
  build: (d) => ({
    blocks: [
      {
        type: 'fields',
        rows: [
          ['案号', required(d.caseNumber, 'caseNumber')],
          ['案由', required(d.caseCause, 'caseCause')],
          ...partyRows(d.party),
          ['立案日期', cnDate(required(d.filedOn, 'filedOn'), 'filedOn')],
          ['原办案期限', `${cnDate(required(d.currentDeadline, 'currentDeadline'), 'currentDeadline')}前`],
          ['申请延长至', `${cnDate(required(d.extendedTo, 'extendedTo'), 'extendedTo')}前`],
          ['延长理由', required(d.reason, 'reason')],
          ['延长依据', required(d.basis, 'basis')],
          ['承办人', officersText(d.handlers, 'handlers', 2)],
        ],
      },
      approvalOpinions(d),
    ],
  }),
});
