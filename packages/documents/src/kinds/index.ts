import { collectiveDiscussion, decisionApproval, investigationReport, legalReviewOpinion } from './deliberation.ts';
import { noPenaltyDecision, onTheSpotDecision, penaltyDecision } from './decision.ts';
import { caseTransferLetter, closingReport, crimeTransfer } from './endings.ts';
import { enforcementApplication, paymentDeferralApproval, performanceReminder, serviceReceipt } from './execution.ts';
import { extensionApproval, filingApproval, notFilingApproval, recusalDeclaration, revokeFilingApproval } from './filing.ts';
import { inquiryRecord, rectificationOrder, samplingVoucher, siteInspectionRecord } from './investigation.ts';
import { preservationDecision, preservationNotice, seizureDecision, seizureExtension, seizureRelease } from './measures.ts';
import { hearingNotice, hearingRecord, hearingRightsNotice, priorNotice, statementRecord } from './notices.ts';

/** Every kind, in the order a case meets them. Adding a kind: write its spec in the stage's file, list it here. */
export const KIND_SPECS = {
  notFilingApproval,
  filingApproval,
  recusalDeclaration,
  inquiryRecord,
  siteInspectionRecord,
  samplingVoucher,
  rectificationOrder,
  preservationNotice,
  preservationDecision,
  seizureDecision,
  seizureExtension,
  seizureRelease,
  investigationReport,
  collectiveDiscussion,
  legalReviewOpinion,
  priorNotice,
  hearingRightsNotice,
  hearingNotice,
  hearingRecord,
  statementRecord,
  extensionApproval,
  decisionApproval,
  penaltyDecision,
  noPenaltyDecision,
  onTheSpotDecision,
  serviceReceipt,
  paymentDeferralApproval,
  performanceReminder,
  enforcementApplication,
  crimeTransfer,
  caseTransferLetter,
  closingReport,
  revokeFilingApproval,
};
