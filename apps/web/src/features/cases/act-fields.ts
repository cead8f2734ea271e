import dayjs, { type Dayjs } from 'dayjs';
import { serverNow } from '../../app/format.ts';
import { yuanToFen } from '../items/item-form.ts';

/** One choice of a select or radio group: the contract's enum value and what people read. */
export type Choice = { value: string | boolean; label: string };

type Base = {
  name: string;
  label: string;
  /** Shown under the field: the rule or article it answers to. */
  extra?: string;
  /** Optional fields may stay empty; the body then leaves them out. */
  optional?: boolean;
  /** A data-testid kept from earlier screens (browser tests use it); else the id is `<act>_<name>`. */
  testId?: string;
  /** Half-width on wide screens. */
  half?: boolean;
};

/**
 * The kinds of field an act's form is made of. Each act's form is a list of these (act-specs.ts); one component
 * (ActForm) renders any list, and `bodyOf` turns the values into the request body the contract expects.
 */
export type FieldSpec =
  | (Base & { kind: 'text' | 'textarea'; min?: number; max: number; placeholder?: string; initial?: string })
  | (Base & { kind: 'date'; initial?: 'today' })
  | (Base & { kind: 'datetime'; initial?: 'now' })
  /** Entered in 元, sent as integer 分. */
  | (Base & { kind: 'money' })
  | (Base & { kind: 'number'; min: number; max: number; initial?: number })
  | (Base & { kind: 'select' | 'radio'; choices: Choice[]; initial?: string | boolean })
  | (Base & { kind: 'checkbox'; initial?: boolean })
  /** The officers taking part (第四十二条: at least two), chosen among the case's handlers. */
  | (Base & { kind: 'participants' })
  /** 听证主持人: an officer of the agency who did not investigate (第六十四条第四项). */
  | (Base & { kind: 'chair' })
  /** One of the case's measures still in force. */
  | (Base & { kind: 'measure' })
  /** Editable rows of short texts (物品清单, samples). */
  | (Base & { kind: 'rows'; columns: Array<{ name: string; label: string; max: number; optional?: boolean; width?: number }>; min: number; max: number })
  /** Names of people, typed one by one (集体讨论参加人). */
  | (Base & { kind: 'names'; min: number })
  /** 拟处理意见 (DraftEditor). */
  | (Base & { kind: 'draft' });

export type FormValues = Record<string, unknown>;

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** A Beijing date from a picker value. */
export const plainDateOf = (d: Dayjs) => d.format('YYYY-MM-DD');
/** A moment with its +08:00 offset, as the contract's datetimes are written (2026-11-21T09:30:00+08:00). */
export const beijingDateTimeOf = (d: Dayjs) => d.utcOffset(480).format('YYYY-MM-DDTHH:mm:ssZ');

/** The draft as the contract wants it: amounts in 分, lines without a kind dropped, booleans plain. */
export const draftBodyOf = (v: Record<string, unknown>) => {
  const lines = (Array.isArray(v.penalties) ? v.penalties : []) as Array<{ kind?: string; amountYuan?: number | null; description?: string | null }>;
  const discretion = (v.discretion ?? {}) as { level?: string; reason?: string };
  const penalty = v.outcome === 'penalty';
  return {
    outcome: v.outcome,
    facts: trimmed(v.facts),
    evidenceSummary: trimmed(v.evidenceSummary),
    violatedProvisions: trimmed(v.violatedProvisions),
    penaltyBasis: trimmed(v.penaltyBasis),
    penalties: penalty
      ? lines
          .filter((l) => l?.kind)
          .map((l) => ({
            kind: l.kind,
            amountFen: typeof l.amountYuan === 'number' ? yuanToFen(l.amountYuan) : null,
            description: isEmpty(l.description) ? null : (trimmed(l.description) as string),
          }))
      : [],
    discretion: { level: discretion.level, reason: trimmed(discretion.reason) },
    noPenaltyReason: penalty || isEmpty(v.noPenaltyReason) ? null : trimmed(v.noPenaltyReason),
    majorPublicInterest: Boolean(v.majorPublicInterest),
    majorSocialImpact: Boolean(v.majorSocialImpact),
    majorRightsOfParties: Boolean(v.majorRightsOfParties),
    complexOrSeveralRelations: Boolean(v.complexOrSeveralRelations),
  };
};

/** The draft the case holds, as editor values (分 back to 元) — a revision starts from it. */
export const draftValuesOf = (draft: Record<string, unknown> | undefined) => {
  if (!draft) return { outcome: 'penalty', penalties: [{ kind: 'fine' }], discretion: { level: 'normal' } };
  const lines = (Array.isArray(draft.penalties) ? draft.penalties : []) as Array<{ kind: string; amountFen?: number | null; description?: string | null }>;
  return { ...draft, penalties: lines.map((l) => ({ kind: l.kind, amountYuan: typeof l.amountFen === 'number' ? l.amountFen / 100 : null, description: l.description ?? null })) };
};

const valueOf = (spec: FieldSpec, raw: unknown): unknown => {
  switch (spec.kind) {
    case 'date':
      return dayjs.isDayjs(raw) ? plainDateOf(raw) : undefined;
    case 'datetime':
      return dayjs.isDayjs(raw) ? beijingDateTimeOf(raw) : undefined;
    case 'money':
      return typeof raw === 'number' ? yuanToFen(raw) : undefined;
    case 'checkbox':
      return Boolean(raw);
    case 'rows':
      return ((raw ?? []) as Array<Record<string, unknown>>).map((row) =>
        Object.fromEntries(spec.columns.map((c) => [c.name, isEmpty(row?.[c.name]) ? (c.optional ? null : '') : trimmed(row[c.name])])),
      );
    case 'names':
      return ((raw ?? []) as string[]).map((n) => n.trim()).filter(Boolean);
    case 'draft':
      return draftBodyOf((raw ?? {}) as Record<string, unknown>);
    default:
      return trimmed(raw);
  }
};

/** The request body for an act from its form values: each field converted by its kind, empty optional fields left out. */
export const bodyOf = (fields: readonly FieldSpec[], values: FormValues) => {
  const body: Record<string, unknown> = {};
  for (const spec of fields) {
    const value = valueOf(spec, values[spec.name]);
    if (value === undefined || (spec.optional && isEmpty(value))) continue;
    body[spec.name] = value;
  }
  return body;
};

/** Starting values: today's date, the current time, the defaults the contract sets. */
export const initialValuesOf = (fields: readonly FieldSpec[], now: Dayjs = serverNow()): FormValues => {
  const values: FormValues = {};
  for (const spec of fields) {
    if (spec.kind === 'date' && spec.initial === 'today') values[spec.name] = now.startOf('day');
    else if (spec.kind === 'datetime' && spec.initial === 'now') values[spec.name] = now.startOf('minute');
    else if (spec.kind === 'rows') values[spec.name] = [{}];
    else if ('initial' in spec && spec.initial !== undefined) values[spec.name] = spec.initial;
  }
  return values;
};

export type Refusal = { code: string; message: string; basis: string | null };

/** The refusals a gate lists in an error's details (`{refusals: [{code, message, basis}]}`), read defensively. */
export const refusalsOf = (details: unknown): Refusal[] => {
  const list = (details as { refusals?: unknown } | null | undefined)?.refusals;
  if (!Array.isArray(list)) return [];
  return list.flatMap((r: unknown) => {
    const x = r as Record<string, unknown>;
    return typeof x?.message === 'string' ? [{ code: String(x.code ?? ''), message: x.message, basis: typeof x.basis === 'string' ? x.basis : null }] : [];
  });
};
