/**
 * 调阅监督: evidence is read freely by those handling the case; anyone else states a purpose first, and a
 * restricted item (e.g. one showing a minor, health data or a third person's privacy) needs an approval on top.
 * Every retrieval is a custody event supervisors see. The numbers are a table with the national default.
 */
export type RetrievalRules = {
  /** How long a stated purpose covers further views of the same case's evidence. */
  purposeValidHours: number;
  /** How long an approval of a restricted item (or a party's request) holds. */
  approvalValidDays: number;
  /** A purpose shorter than this says nothing. */
  minPurposeLength: number;
};

export const NATIONAL_RETRIEVAL_RULES: RetrievalRules = { purposeValidHours: 8, approvalValidDays: 7, minPurposeLength: 4 };

export type RetrievalFacts = {
  handlesCase: boolean;
  restricted: boolean;
  /** An unexpired purpose this actor stated for this case. */
  hasPurpose: boolean;
  /** An unexpired approval for this actor and item. */
  hasApproval: boolean;
};

export type RetrievalDecision =
  | { allow: true; basis: 'handler' | 'purpose' | 'approval' }
  | { allow: false; needs: 'purpose' | 'approval'; code: 'RETRIEVAL_PURPOSE_REQUIRED' | 'RETRIEVAL_APPROVAL_REQUIRED'; message: string };

export const retrievalDecision = (f: RetrievalFacts): RetrievalDecision => {
  if (f.handlesCase) return { allow: true, basis: 'handler' };
  if (f.restricted) {
    return f.hasApproval
      ? { allow: true, basis: 'approval' }
      : { allow: false, needs: 'approval', code: 'RETRIEVAL_APPROVAL_REQUIRED', message: '该证据为限制调阅材料，须经批准后方可查看' };
  }
  if (f.hasPurpose || f.hasApproval) return { allow: true, basis: f.hasPurpose ? 'purpose' : 'approval' };
  return { allow: false, needs: 'purpose', code: 'RETRIEVAL_PURPOSE_REQUIRED', message: '您不是本案承办人，调阅证据须说明调阅事由' };
};

export const checkPurpose = (purpose: string, rules: RetrievalRules = NATIONAL_RETRIEVAL_RULES): string | undefined => {
  const text = purpose.trim();
  return text.length < rules.minPurposeLength ? `调阅事由至少 ${rules.minPurposeLength} 个字` : undefined;
};

/** Nobody approves their own retrieval (调阅审批 must be someone else's decision). */
export const mayDecideRetrieval = (approverAccountId: string, requesterAccountId: string) => approverAccountId !== requesterAccountId;

export const purposeExpiresAt = (statedAt: Date, rules: RetrievalRules = NATIONAL_RETRIEVAL_RULES) => new Date(statedAt.getTime() + rules.purposeValidHours * 3_600_000);
export const approvalExpiresAt = (decidedAt: Date, rules: RetrievalRules = NATIONAL_RETRIEVAL_RULES) => new Date(decidedAt.getTime() + rules.approvalValidDays * 86_400_000);

/** A party (行政相对人) may only ask for the records of a case it is the party of. */
export const partyMayRequest = (casePartyId: string | null, applicantPartyId: string) => casePartyId !== null && casePartyId === applicantPartyId;

/** The custody events of an item (证据保管链). */
export const CUSTODY_EVENT_TYPES = [
  'ingest',
  'view',
  'play',
  'download',
  'share',
  'redaction-copy',
  'retention-change',
  'legal-hold',
  'deletion-request',
  'purpose-stated',
  'retrieval-requested',
  'retrieval-decided',
  'integrity-alarm',
] as const;
export type CustodyEventType = (typeof CUSTODY_EVENT_TYPES)[number];

export const CUSTODY_EVENT_LABELS: Record<CustodyEventType, string> = {
  ingest: '入库',
  view: '查看',
  play: '播放',
  download: '下载',
  share: '提供副本',
  'redaction-copy': '生成遮蔽副本',
  'retention-change': '变更保管期限',
  'legal-hold': '诉讼保全',
  'deletion-request': '申请删除',
  'purpose-stated': '说明调阅事由',
  'retrieval-requested': '申请调阅',
  'retrieval-decided': '调阅审批',
  'integrity-alarm': '完整性告警',
};
