import type { PlainDate } from '../calendar/plain-date.ts';
import type { CaseEnding } from './case-documents.ts';
import type { CaseDraft } from './draft-decision.ts';
import type { MeasureKind } from './measures.ts';

export type MeasureRecord = {
  id: string;
  kind: MeasureKind;
  items: Array<{ name: string; quantity: string; note?: string | null }>;
  startedOn: PlainDate;
  dueOn: PlainDate;
  extended: boolean;
  testingDays: number;
  endedOn: PlainDate | null;
  /** 先行登记保存处理决定 or 解除 reason. */
  outcome: string | null;
};

/**
 * The case projection beyond its indexed columns (`case_file.state`), written by each act in the transaction that
 * appends its event. Gates read it; it is never the record (the events are).
 */
export type CaseState = {
  recusals?: string[];
  measures?: MeasureRecord[];
  report?: { concludedOn: PlainDate };
  draft?: CaseDraft;
  draftVersion?: number;
  notifiedDraft?: CaseDraft;
  notice?: { servedOn: PlainDate; statementDueOn: PlainDate; hearingRequestDueOn: PlainDate | null; hearingReasons: string[] };
  waived?: { statement: boolean; hearing: boolean };
  hearing?: { state: 'none' | 'requested' | 'scheduled' | 'held'; requestedOn?: PlainDate; hearingOn?: PlainDate; chairName?: string; chairAccountId?: string };
  collective?: { heldOn: PlainDate; draftVersion: number };
  decisionDueOn?: PlainDate;
  decisionExtensions?: number;
  eServiceConsent?: { address: string; signedOn: PlainDate };
  decision?: { number: string; decidedOn: PlainDate; outcome: 'penalty' | 'no-penalty'; fineFen: number };
  service?: { servedOn: PlainDate; method: string };
  payment?: { dueOn: PlainDate; paidFen: number; lateFeeFen: number; settledOn: PlainDate | null; deferredTo?: PlainDate | null };
  remedies?: Array<{ kind: 'reconsideration' | 'lawsuit'; from: PlainDate; to: PlainDate | null; result?: string | null }>;
  reminder?: { servedOn: PlainDate };
  enforcement?: { appliedOn: PlainDate; court: string };
  ending?: CaseEnding;
  transferredTo?: 'agency' | 'police';
  archive?: { archivedOn: PlainDate; manifestSm3: string | null };
};
