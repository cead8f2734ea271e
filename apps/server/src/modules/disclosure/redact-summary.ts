import type { DisclosureParty, PersonNameRule } from '@sanxiang/domain';
import { redact } from '@sanxiang/domain/disclosure/redaction';

export type Redacted = { text: string; findings: Array<{ kind: string; start: number; end: number }> };

/**
 * The one door through which free text reaches the public: every summary passes the redaction engine
 * (`@sanxiang/domain/disclosure/redaction`) before it is stored on a disclosure record. The penalised person is
 * shown by the same rule as the record's party field.
 */
export const redactSummary = (text: string, party: Pick<DisclosureParty, 'name' | 'kind'>, rule?: PersonNameRule): Redacted =>
  redact(text, { name: party.name, kind: party.kind }, { personRule: rule });
