import type { Dayjs } from 'dayjs';
import type { CaseSource, RegisterClueBody } from '../../app/api/types.ts';

export type ClueValues = {
  title?: string;
  source?: CaseSource;
  sourceDetail?: string;
  description?: string;
  partyId?: string;
  occurredOn?: Dayjs | null;
  place?: string;
  coHandlerAccountIds?: string[];
};

const text = (value?: string) => value?.trim() || undefined;

/** What the server is sent: trimmed text, blanks left out, the date as YYYY-MM-DD. */
export const bodyOf = (values: ClueValues): RegisterClueBody => ({
  title: values.title?.trim() ?? '',
  source: values.source!,
  sourceDetail: text(values.sourceDetail),
  description: values.description?.trim() ?? '',
  partyId: values.partyId || undefined,
  occurredOn: values.occurredOn ? values.occurredOn.format('YYYY-MM-DD') : undefined,
  place: text(values.place),
  coHandlerAccountIds: values.coHandlerAccountIds ?? [],
});

type Field = keyof RegisterClueBody;

const FIELDS: readonly Field[] = ['title', 'source', 'sourceDetail', 'description', 'partyId', 'occurredOn', 'place', 'coHandlerAccountIds'];

const BY_CODE: Record<string, Field> = { OCCURRED_IN_FUTURE: 'occurredOn', PARTY_NOT_FOUND: 'partyId' };

/**
 * The form field a refusal of 案源登记 is about, so the message can also sit under that field. Handler
 * refusals (CERTIFICATE_EXPIRED …) may concern the registering officer, who is not a field: those stay in the alert.
 */
export const fieldOfError = (code: string, details: unknown): Field | null => {
  if (BY_CODE[code]) return BY_CODE[code];
  if (code !== 'VALIDATION_FAILED' || !Array.isArray(details)) return null;
  for (const issue of details) {
    const head = typeof issue?.path === 'string' ? issue.path.split('.')[0] : '';
    if ((FIELDS as readonly string[]).includes(head)) return head as Field;
  }
  return null;
};
