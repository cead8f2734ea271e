import {
  type CaseDraft,
  checkAmountsConsistent,
  checkCitations,
  checkFactsElements,
  checkFineRange,
  checkLateFeeWording,
  checkLimitation,
  checkPartyIdentity,
  checkRemedyNotice,
  type CitationCheck,
  extractCitations,
  fineOf,
  isDomainError,
  type PenaltySpec,
  type PlainDate,
  type PrecheckFinding,
  type RemedyChannels,
} from '@sanxiang/domain';
import type { Db, enforcementItem } from '@sanxiang/db';
import { resolveCitation } from '../laws/resolve-citation.ts';
import type { CaseReviewView } from './case-view.ts';

const AMOUNT_SOURCES: Record<string, string> = { 'investigation-concluded': '调查终结报告', 'prior-notice-served': '行政处罚事先告知书' };
const TEXT_SOURCES: Record<string, string> = { 'prior-notice-served': '行政处罚事先告知书', 'investigation-concluded': '调查终结报告', 'collective-discussion-held': '集体讨论笔录' };

/**
 * The machine pre-checks of a submission, computed once when it is submitted and frozen with it: the reviewer sees
 * what was true of what they were given. Citations are resolved in the law library on the date of the act.
 */
export const runPrechecks = async (tx: Db, view: CaseReviewView, item: typeof enforcementItem.$inferSelect | null, today: PlainDate): Promise<PrecheckFinding[]> => {
  const draft = view.draft as CaseDraft;
  const actDate = view.occurredOn;
  const checks: CitationCheck[] = [];
  for (const [source, text] of [['违反的规定', draft.violatedProvisions], ['处罚依据', draft.penaltyBasis]] as const) {
    for (const citation of extractCitations(text ?? '')) {
      try {
        const r = await resolveCitation(tx, citation, actDate ?? today);
        checks.push({ citation: r.citation, source, ok: true, lawTitle: r.law.title, versionEffectiveOn: r.version.effectiveOn });
      } catch (e) {
        if (!isDomainError(e)) throw e;
        checks.push({ citation, source, ok: false, code: e.code, message: e.message });
      }
    }
  }
  const penalties = draft.outcome === 'penalty' ? draft.penalties : [];
  // Earlier documents that stated amounts: the last of each kind before now, unless it is the current draft itself.
  const amountDocs = new Map<string, { label: string; penalties: Array<{ kind: CaseDraft['penalties'][number]['kind']; amountFen?: number | null }> }>();
  for (const e of view.events) {
    const label = AMOUNT_SOURCES[e.type];
    const d = (e.payload.draft ?? e.payload.notifiedDraft) as CaseDraft | undefined;
    if (label && d?.penalties) amountDocs.set(e.type, { label, penalties: d.outcome === 'penalty' ? d.penalties : [] });
  }
  const texts = view.events.filter((e) => TEXT_SOURCES[e.type]).map((e) => ({ label: TEXT_SOURCES[e.type], text: JSON.stringify(e.payload) }));
  texts.push({ label: '拟处理意见', text: `${draft.penaltyBasis ?? ''}${draft.evidenceSummary ?? ''}` });
  const aggravated = Boolean(view.events.find((e) => e.type === 'filing-requested')?.payload.aggravated);
  return [
    checkPartyIdentity(view.party ? { ...view.party, idNumber: null } : null, today),
    checkFactsElements(draft.facts),
    checkCitations(checks, actDate),
    checkRemedyNotice((item?.remedies as RemedyChannels | undefined) ?? null),
    checkAmountsConsistent(penalties, [...amountDocs.values()]),
    checkLateFeeWording(fineOf(draft) > 0, texts),
    checkFineRange({
      penalties,
      partyKind: view.partyKind ?? 'organization',
      itemName: item?.name ?? null,
      itemPenalties: item ? (item.penalties as unknown as PenaltySpec[]) : null,
      discretionLevel: draft.discretion?.level ?? 'normal',
      benchmark: null,
    }),
    checkLimitation(view.occurredOn, view.filedOn, aggravated),
  ];
};
