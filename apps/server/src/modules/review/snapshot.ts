import { createHash } from 'node:crypto';
import type { ReviewReason } from '@sanxiang/domain';
import type { Db, enforcementItem } from '@sanxiang/db';
import { listCaseEvidenceFiles } from '../evidence/archive-export.ts';
import type { CaseReviewView } from './case-view.ts';

/** JSON with keys sorted at every level: jsonb reorders keys, so the digest is taken over this form. */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{${entries
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
    .join(',')}}`;
};

export const sm3Hex = (text: string) => createHash('sm3').update(text, 'utf8').digest('hex');

/**
 * What the reviewer is given (送审材料), frozen: the draft decision and its version, the case's facts and party, the
 * investigation report, the documents and evidence lists and the record's steps. Later changes to the case never
 * reach a round that was submitted.
 */
export const buildSnapshot = async (
  tx: Db,
  view: CaseReviewView,
  extra: { item: typeof enforcementItem.$inferSelect | null; unitName: string | null; agencyName: string; reasons: ReviewReason[]; note: string | null; handlerNames: string[] },
) => {
  const report = [...view.events].reverse().find((e) => e.type === 'investigation-concluded')?.payload.report ?? null;
  const evidence = (await listCaseEvidenceFiles(tx, view.id)).map((f) => ({ kind: f.kind, title: f.title, fileName: f.fileName, sm3: f.sm3, size: f.size }));
  const snapshot = {
    case: {
      id: view.id,
      caseNumber: view.caseNumber,
      title: view.title,
      status: view.status,
      agencyName: extra.agencyName,
      unitName: extra.unitName,
      occurredOn: view.occurredOn,
      filedOn: view.filedOn,
      party: view.party,
      item: extra.item ? { code: extra.item.code, name: extra.item.name } : null,
      handlers: extra.handlerNames,
    },
    draft: view.draft,
    draftVersion: view.draftVersion,
    hearingHeld: view.hearingHeld,
    reasons: extra.reasons,
    report,
    documents: view.documents,
    evidence,
    record: view.events.map((e) => ({ seq: e.seq, type: e.type, at: e.at })),
    note: extra.note,
  };
  return { snapshot, sm3: sm3Hex(canonicalJson(snapshot)) };
};
