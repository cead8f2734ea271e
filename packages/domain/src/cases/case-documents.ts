/**
 * 执法文书 a case file may hold: each kind's title, the kind code its gap-free number carries (甲县市监罚〔2026〕12号;
 * null when the document is not numbered) and the act that produces it. `requiredDocuments` reads this table.
 */
export const CASE_DOCUMENT_KINDS = {
  'filing-approval': { title: '立案审批表', numberCode: null }, // carries the case number (立),
  'not-filing-approval': { title: '不予立案审批表', numberCode: null },
  'recusal-declaration': { title: '回避声明', numberCode: null },
  'inquiry-record': { title: '询问笔录', numberCode: null },
  'inspection-record': { title: '现场检查笔录', numberCode: null },
  'sampling-record': { title: '抽样取证凭证', numberCode: '抽' },
  'preservation-notice': { title: '先行登记保存通知书', numberCode: '先登' },
  'preservation-decision': { title: '先行登记保存处理决定书', numberCode: '先登处' },
  'seizure-decision': { title: '查封（扣押）决定书', numberCode: '封扣' },
  'seizure-extension': { title: '延长查封（扣押）期限决定书', numberCode: '延封扣' },
  'seizure-release': { title: '解除查封（扣押）决定书', numberCode: '解封扣' },
  'investigation-report': { title: '调查终结报告', numberCode: null },
  'collective-minutes': { title: '集体讨论笔录', numberCode: null },
  'prior-notice': { title: '行政处罚事先告知书', numberCode: '告' },
  'statement-record': { title: '陈述申辩笔录', numberCode: null },
  'hearing-notice': { title: '听证通知书', numberCode: '听通' },
  'hearing-record': { title: '听证笔录', numberCode: null },
  'extension-approval': { title: '延长办案期限审批表', numberCode: null },
  'decision-approval': { title: '行政处罚决定审批表', numberCode: null },
  'penalty-decision': { title: '行政处罚决定书', numberCode: '罚' },
  'no-penalty-decision': { title: '不予行政处罚决定书', numberCode: '不罚' },
  'on-the-spot-decision': { title: '当场行政处罚决定书', numberCode: '当罚' },
  'service-receipt': { title: '送达回证', numberCode: '送' },
  'deferral-approval': { title: '延期（分期）缴纳罚款审批表', numberCode: null },
  'payment-reminder': { title: '履行催告书', numberCode: '催' },
  'enforcement-application': { title: '强制执行申请书', numberCode: '强申' },
  'dismissal-approval': { title: '撤销立案审批表', numberCode: null },
  'transfer-letter': { title: '案件移送函', numberCode: '移' },
  'crime-transfer': { title: '涉嫌犯罪案件移送书', numberCode: '刑移' },
  'closure-report': { title: '结案审批表', numberCode: null },
} as const satisfies Record<string, { title: string; numberCode: string | null }>;
export type CaseDocumentKind = keyof typeof CASE_DOCUMENT_KINDS;

/** How a case ended, for the archive rule. */
export type CaseEnding = 'not-filed' | 'dismissed' | 'transferred' | 'penalty' | 'no-penalty' | 'simple';
export const CASE_ENDING_LABELS: Record<CaseEnding, string> = {
  'not-filed': '不予立案',
  dismissed: '撤销立案',
  transferred: '移送',
  penalty: '作出行政处罚决定',
  'no-penalty': '不予行政处罚',
  simple: '简易程序当场处罚',
};

export type EndingFacts = { transferredToPolice?: boolean; hearingHeld: boolean; collectiveHeld: boolean; reminderServed: boolean; enforcementApplied: boolean; measuresTaken: boolean };

/**
 * The one rule for both "may this case end this way" and "is the file complete" (一案一档): the documents each ending
 * needs. Closure and archiving are refused while any is missing.
 */
export const requiredDocuments = (ending: CaseEnding, facts: EndingFacts): CaseDocumentKind[] => {
  switch (ending) {
    case 'not-filed':
      return ['not-filing-approval'];
    case 'dismissed':
      return ['filing-approval', 'dismissal-approval'];
    case 'transferred':
      return ['filing-approval', facts.transferredToPolice ? 'crime-transfer' : 'transfer-letter'];
    case 'simple':
      return ['on-the-spot-decision'];
    case 'no-penalty':
      return ['filing-approval', 'investigation-report', 'decision-approval', 'no-penalty-decision', 'service-receipt', 'closure-report'];
    case 'penalty':
      return [
        'filing-approval',
        'investigation-report',
        'prior-notice',
        ...(facts.hearingHeld ? (['hearing-notice', 'hearing-record'] as const) : []),
        ...(facts.collectiveHeld ? (['collective-minutes'] as const) : []),
        'decision-approval',
        'penalty-decision',
        'service-receipt',
        ...(facts.reminderServed ? (['payment-reminder'] as const) : []),
        ...(facts.enforcementApplied ? (['enforcement-application'] as const) : []),
        'closure-report',
      ];
  }
};

export const missingDocuments = (ending: CaseEnding, facts: EndingFacts, present: ReadonlySet<string>): CaseDocumentKind[] =>
  requiredDocuments(ending, facts).filter((k) => !present.has(k));
