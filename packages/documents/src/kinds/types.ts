export type { Approval, Contact, DocumentHeader, Item, Officer, Party, Penalty, Remedies } from './common.ts';
export type { CollectiveDiscussionData, DecisionApprovalData, InvestigationReportData, LegalReviewOpinionData } from './deliberation.ts';
export type { NoPenaltyDecisionData, OnTheSpotDecisionData, Payment, PenaltyDecisionData } from './decision.ts';
export type { CaseTransferLetterData, ClosingReportData, CrimeTransferData } from './endings.ts';
export type { EnforcementApplicationData, PaymentDeferralApprovalData, PerformanceReminderData, ServiceMethod, ServiceReceiptData } from './execution.ts';
export type { ExtensionApprovalData, FilingApprovalData, NotFilingApprovalData, RecusalDeclarationData, RevokeFilingApprovalData } from './filing.ts';
export type { InquiryRecordData, RecordPerson, RectificationOrderData, SamplingVoucherData, SiteInspectionRecordData } from './investigation.ts';
export type { PreservationDecisionData, PreservationNoticeData, SeizureDecisionData, SeizureExtensionData, SeizureMeasure, SeizureReleaseData } from './measures.ts';
export type { HearingNoticeData, HearingRecordData, HearingRightsNoticeData, PriorNoticeData, StatementRecordData } from './notices.ts';
