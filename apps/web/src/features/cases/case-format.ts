import type { CaseEvent, CaseHandler, PartyOption } from '../../app/api/types.ts';
import { sourceLabel } from './labels.ts';

/** 主办 first, then 协办 in the order the server gave. */
export const leadFirst = (handlers: readonly CaseHandler[]) =>
  [...handlers.filter((h) => h.role === 'lead'), ...handlers.filter((h) => h.role !== 'lead')];

export const HANDLER_ROLE_LABELS: Record<CaseHandler['role'], string> = { lead: '主办', assistant: '协办' };

/** The identifying number shown beside a party's name: 统一社会信用代码 or the masked 身份证号. */
export const partyCode = (party: PartyOption) => party.creditCode ?? party.idNumberMasked ?? '';

export const partyKindLabel = (kind: PartyOption['kind']) => (kind === 'organization' ? '单位' : '个人');

/** What the party picker matches a typed search against. */
export const partySearchText = (party: PartyOption) => `${party.name} ${partyCode(party)}`.toLowerCase();

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One payload value as text: what a person can read in a key/value list. */
export const valueText = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => !isRecord(v) && !Array.isArray(v))) return value.length ? value.map(valueText).join('、') : '—';
  return JSON.stringify(value);
};

/** The generic rendering of an event nobody wrote a view for: every field, in the order recorded. */
export const payloadEntries = (payload: Record<string, unknown>) => Object.entries(payload).map(([key, value]) => ({ key, text: valueText(value) }));

const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);

export type NamedHandler = { key: string; name: string; role: CaseHandler['role'] | null };

/**
 * The handlers an event names (account ids, the first one leading), by the names recorded with the event
 * (`handlerNames`), else the names the case knows them by; someone unknown still shows, by a short id.
 */
export const namedHandlers = (ids: unknown, handlers: readonly CaseHandler[], recordedNames?: unknown): NamedHandler[] =>
  (Array.isArray(ids) ? ids : []).filter((id): id is string => typeof id === 'string').map((id, i) => {
    const recorded = Array.isArray(recordedNames) && typeof recordedNames[i] === 'string' ? (recordedNames[i] as string) : undefined;
    const known = handlers.find((h) => h.accountId === id);
    return { key: id, name: recorded ?? known?.name ?? `账户 ${id.slice(0, 8)}`, role: i === 0 ? 'lead' : 'assistant' };
  });

export type ClueRegisteredView = {
  sourceLabel: string | null;
  sourceDetail: string | null;
  description: string | null;
  occurredOn: string | null;
  handlers: NamedHandler[];
};

/** The payload of 案源登记 (clue-registered), read defensively: the record is old data, not a promise. */
export const clueRegisteredView = (payload: Record<string, unknown>, handlers: readonly CaseHandler[]): ClueRegisteredView => ({
  sourceLabel: str(payload.sourceLabel) ?? (str(payload.source) ? sourceLabel(payload.source as string) : null),
  sourceDetail: str(payload.sourceDetail),
  description: str(payload.description),
  occurredOn: str(payload.occurredOn),
  handlers: namedHandlers(payload.handlers, handlers, payload.handlerNames),
});

/** "更正第 N 条记录": corrections name the event they correct by id; people count by sequence number. */
export const correctedSeq = (event: CaseEvent, events: readonly CaseEvent[]) =>
  event.correctsEventId === null ? null : (events.find((e) => e.id === event.correctsEventId)?.seq ?? null);

const bool = (value: unknown) => value === true;

export type FilingRequestedView = { reason: string | null; aggravated: boolean; limitationEndsOn: string | null };
/** 申请立案 (filing-requested). */
export const filingRequestedView = (payload: Record<string, unknown>): FilingRequestedView => ({
  reason: str(payload.reason),
  aggravated: bool(payload.aggravated),
  limitationEndsOn: str(payload.limitationEndsOn),
});

export type FiledView = { caseNumber: string | null; filedOn: string | null; opinion: string | null; decisionDueOn: string | null; decisionDueBasis: string | null };
/** 立案 (filed): the case number and the 90-day decision due date (处罚法 第六十条). */
export const filedView = (payload: Record<string, unknown>): FiledView => ({
  caseNumber: str(payload.caseNumber),
  filedOn: str(payload.filedOn),
  opinion: str(payload.opinion),
  decisionDueOn: str(payload.decisionDueOn),
  decisionDueBasis: str(payload.decisionDueBasis),
});
