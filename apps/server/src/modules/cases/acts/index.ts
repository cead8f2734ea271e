import type { CaseActBodies } from '@sanxiang/contracts';
import type { ActContext, CaseActHandler } from '../perform-act.ts';
import { recordStatement, requestHearing, waiveRights } from './statements.ts';
import { holdCollectiveDiscussion } from './collective-discussion.ts';
import { decide, type ReviewGateFn } from './decide.ts';
import { extendDecisionPeriod, recordEServiceConsent } from './decision-period.ts';
import { concludeInvestigation, reviseDraft } from './draft.ts';
import { archiveCase, closeCase, dismissCase, transferCase } from './endings.ts';
import { recordHearing, scheduleHearing } from './hearing.ts';
import { declareNoConflict, recordInquiry, recordInspection, recordSampling } from './investigation-records.ts';
import { endMeasure, extendMeasure, takeMeasure } from './measures.ts';
import { applyEnforcement, approveDeferral, recordPayment, recordRemedy, serveReminder } from './payment.ts';
import { servePriorNotice } from './prior-notice.ts';
import { serveDecision } from './service.ts';

export type ActDependencies = {
  reviewGate: ReviewGateFn;
  buildArchive: (ctx: ActContext) => Promise<{ manifestSm3: string | null; checks: unknown }>;
};

type Handlers = { [K in keyof CaseActBodies]: CaseActHandler<CaseActBodies[K]> };

/** Every act at `POST /cases/:id/acts/<act>`, by the act table's key. The filing acts keep their own routes. */
export const caseActHandlers = (deps: ActDependencies): Handlers => ({
  'declare-no-conflict': declareNoConflict,
  'record-inquiry': recordInquiry,
  'record-inspection': recordInspection,
  'record-sampling': recordSampling,
  'take-measure': takeMeasure,
  'extend-measure': extendMeasure,
  'end-measure': endMeasure,
  'conclude-investigation': concludeInvestigation,
  'revise-draft': reviseDraft,
  'hold-collective-discussion': holdCollectiveDiscussion,
  'serve-prior-notice': servePriorNotice,
  'record-statement': recordStatement,
  'waive-rights': waiveRights,
  'request-hearing': requestHearing,
  'schedule-hearing': scheduleHearing,
  'record-hearing': recordHearing,
  'extend-decision-period': extendDecisionPeriod,
  'record-e-service-consent': recordEServiceConsent,
  decide: decide(deps.reviewGate),
  'serve-decision': serveDecision,
  'record-payment': recordPayment,
  'approve-deferral': approveDeferral,
  'record-remedy': recordRemedy,
  'serve-reminder': serveReminder,
  'apply-enforcement': applyEnforcement,
  close: closeCase,
  dismiss: dismissCase,
  transfer: transferCase,
  archive: archiveCase(deps.buildArchive),
});
