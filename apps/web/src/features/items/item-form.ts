import type { ItemBody, ItemDetail, ItemKind, ItemProcedure, LegalReviewMode, PenaltyKind, TargetType } from './types.ts';

/** A penalty row as the form holds it: amounts in 元 (what people type), sent as integer 分. */
export type PenaltyRow = { kind: PenaltyKind; appliesTo: 'any' | TargetType; minYuan?: number | null; maxYuan?: number | null; openTop?: boolean; note?: string };
export type MaterialRow = { name: string; copies?: number | null; note?: string };

export type ItemValues = {
  agencyId?: string;
  code: string;
  name: string;
  kind: ItemKind;
  procedure: ItemProcedure;
  /** One citation per line. */
  legalBasisText: string;
  targetTypes: TargetType[];
  penalties: PenaltyRow[];
  legalReview: LegalReviewMode;
  statutoryDays?: number | null;
  dayKind: 'working' | 'calendar';
  promisedDays?: number | null;
  reconsiderationOrgan?: string;
  reconsiderationDays?: number | null;
  litigationCourt?: string;
  litigationMonths?: number | null;
  acceptingBody?: string;
  approvingBody?: string;
  conditions?: string;
  materials: MaterialRow[];
  location?: string;
  phone?: string;
  fee?: string;
};

/** 元 → 分, exactly: 200.5 元 is 20050 分 (the form allows two decimals). */
export const yuanToFen = (yuan: number) => Math.round(yuan * 100);
export const fenToYuan = (fen: number) => fen / 100;

export const citationsOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

const trimmed = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

export const emptyValues = (): ItemValues => ({
  code: '',
  name: '',
  kind: 'penalty',
  procedure: 'general',
  legalBasisText: '',
  targetTypes: ['citizen', 'organization'],
  penalties: [{ kind: 'warning', appliesTo: 'any' }],
  legalReview: 'major-only',
  dayKind: 'calendar',
  materials: [],
});

/** The request body: penalties only for penalty items, amounts in 分, remedies only when both are given. */
export const bodyOf = (v: ItemValues): ItemBody => ({
  ...(v.agencyId ? { agencyId: v.agencyId } : {}),
  code: v.code.trim(),
  name: v.name.trim(),
  kind: v.kind,
  procedure: v.kind === 'penalty' ? v.procedure : 'general',
  legalBasis: citationsOf(v.legalBasisText),
  targetTypes: v.targetTypes,
  penalties:
    v.kind === 'penalty'
      ? v.penalties.map((p) => ({
          kind: p.kind,
          appliesTo: p.appliesTo,
          ...(p.kind === 'fine'
            ? { minFen: yuanToFen(p.minYuan ?? 0), maxFen: p.openTop || p.maxYuan === null || p.maxYuan === undefined ? null : yuanToFen(p.maxYuan) }
            : {}),
          ...(trimmed(p.note) ? { note: trimmed(p.note) } : {}),
        }))
      : [],
  legalReview: v.legalReview,
  timeLimit: v.statutoryDays ? { statutoryDays: v.statutoryDays, dayKind: v.dayKind, promisedDays: v.promisedDays || null } : null,
  ...(trimmed(v.reconsiderationOrgan) && trimmed(v.litigationCourt)
    ? {
        remedies: {
          reconsideration: { organ: trimmed(v.reconsiderationOrgan)!, days: v.reconsiderationDays || 60 },
          litigation: { court: trimmed(v.litigationCourt)!, months: v.litigationMonths || 6 },
        },
      }
    : {}),
  guide: {
    ...(trimmed(v.acceptingBody) ? { acceptingBody: trimmed(v.acceptingBody) } : {}),
    ...(trimmed(v.approvingBody) ? { approvingBody: trimmed(v.approvingBody) } : {}),
    ...(trimmed(v.conditions) ? { conditions: trimmed(v.conditions) } : {}),
    materials: v.materials.filter((m) => m.name?.trim()).map((m) => ({ name: m.name.trim(), ...(m.copies ? { copies: m.copies } : {}), ...(trimmed(m.note) ? { note: trimmed(m.note) } : {}) })),
    ...(trimmed(v.location) ? { location: trimmed(v.location) } : {}),
    ...(trimmed(v.phone) ? { phone: trimmed(v.phone) } : {}),
    ...(trimmed(v.fee) ? { fee: trimmed(v.fee) } : {}),
  },
});

/** The form's values for editing an item. */
export const valuesOf = (d: ItemDetail): ItemValues => ({
  code: d.code,
  name: d.name,
  kind: d.kind,
  procedure: d.procedure,
  legalBasisText: d.legalBasis.map((b) => b.citation).join('\n'),
  targetTypes: d.targetTypes,
  penalties: d.penalties.map((p) => ({
    kind: p.kind,
    appliesTo: p.appliesTo,
    minYuan: p.minFen === undefined ? null : fenToYuan(p.minFen),
    maxYuan: p.maxFen === undefined || p.maxFen === null ? null : fenToYuan(p.maxFen),
    openTop: p.kind === 'fine' && p.maxFen === null,
    note: p.note,
  })),
  legalReview: d.legalReview,
  statutoryDays: d.timeLimit?.statutoryDays ?? null,
  dayKind: d.timeLimit?.dayKind ?? 'calendar',
  promisedDays: d.timeLimit?.promisedDays ?? null,
  reconsiderationOrgan: d.remedies.reconsideration.organ,
  reconsiderationDays: d.remedies.reconsideration.days,
  litigationCourt: d.remedies.litigation.court,
  litigationMonths: d.remedies.litigation.months,
  acceptingBody: d.guide.acceptingBody,
  approvingBody: d.guide.approvingBody,
  conditions: d.guide.conditions,
  materials: d.guide.materials.map((m) => ({ name: m.name, copies: m.copies ?? null, note: m.note })),
  location: d.guide.location,
  phone: d.guide.phone,
  fee: d.guide.fee,
});

/** Which form field a server refusal is about, from its `details.field` (e.g. legalBasis.1, penalties.0.minFen). */
export const fieldOfError = (details: unknown): Array<string | number> | null => {
  const field = (details as { field?: unknown } | null)?.field;
  if (typeof field !== 'string') return null;
  const [head, index, leaf] = field.split('.');
  if (head === 'legalBasis') return ['legalBasisText'];
  if (head === 'penalties' && index !== undefined) return ['penalties', Number(index), leaf === 'maxFen' ? 'maxYuan' : 'minYuan'];
  if (head === 'code' || head === 'procedure' || head === 'agencyId') return [head];
  if (head === 'timeLimit') return ['promisedDays'];
  if (head === 'remedies') return ['reconsiderationDays'];
  return null;
};
