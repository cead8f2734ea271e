import dayjs, { type Dayjs } from 'dayjs';
import type { AgencyItem, AgencyKind, CreateAgencyBody, UpdateAgencyBody } from '../../app/api/types.ts';

export type AgencyValues = {
  name?: string;
  shortName?: string;
  kind?: AgencyKind;
  entrustingAgencyId?: string | null;
  creditCode?: string;
  level?: AgencyItem['level'];
  parentId?: string | null;
  regionId?: string;
  field?: string;
  isSupervisor?: boolean;
  address?: string;
  phone?: string;
  legalBasis?: string;
  units?: Array<{ name?: string; address?: string; phone?: string }>;
  effectiveOn?: Dayjs | null;
  reason?: string;
};

const text = (value?: string | null) => value?.trim() || undefined;

export const agencyValuesOf = (a: AgencyItem): AgencyValues => ({
  name: a.name,
  shortName: a.shortName,
  kind: a.kind,
  entrustingAgencyId: a.entrustingAgency?.id ?? null,
  creditCode: a.creditCode ?? undefined,
  level: a.level,
  parentId: a.parent?.id ?? null,
  regionId: a.region.id,
  field: a.field,
  isSupervisor: a.isSupervisor,
  address: a.address ?? undefined,
  phone: a.phone ?? undefined,
  legalBasis: a.legalBasis ?? undefined,
  effectiveOn: dayjs(),
});

export const createAgencyBodyOf = (v: AgencyValues): CreateAgencyBody => ({
  name: v.name?.trim() ?? '',
  shortName: v.shortName?.trim() ?? '',
  kind: v.kind!,
  entrustingAgencyId: v.kind === 'entrusted' ? (v.entrustingAgencyId ?? null) : undefined,
  creditCode: v.creditCode?.trim() ?? '',
  level: v.level!,
  parentId: v.parentId || undefined,
  regionId: v.regionId!,
  field: v.field!,
  isSupervisor: Boolean(v.isSupervisor),
  address: text(v.address),
  phone: text(v.phone),
  legalBasis: text(v.legalBasis),
  units: (v.units ?? []).filter((u) => text(u.name)).map((u) => ({ name: u.name!.trim(), address: text(u.address), phone: text(u.phone) })),
  effectiveOn: v.effectiveOn?.format('YYYY-MM-DD'),
  reason: text(v.reason),
});

/** Only what changed; a cleared text field is sent as null so it is cleared on the server too. */
export const updateAgencyBodyOf = (v: AgencyValues, a: AgencyItem): UpdateAgencyBody => {
  const body: UpdateAgencyBody = {};
  const full = createAgencyBodyOf(v);
  if (full.name !== a.name) body.name = full.name;
  if (full.shortName !== a.shortName) body.shortName = full.shortName;
  if (full.kind !== a.kind) body.kind = full.kind;
  const entrusting = full.kind === 'entrusted' ? (v.entrustingAgencyId ?? null) : null;
  if (entrusting !== (a.entrustingAgency?.id ?? null)) body.entrustingAgencyId = entrusting;
  if (full.creditCode !== (a.creditCode ?? '')) body.creditCode = full.creditCode;
  if (full.level !== a.level) body.level = full.level;
  if ((full.parentId ?? null) !== (a.parent?.id ?? null)) body.parentId = full.parentId ?? null;
  if (full.regionId !== a.region.id) body.regionId = full.regionId;
  if (full.field !== a.field) body.field = full.field;
  if (full.isSupervisor !== a.isSupervisor) body.isSupervisor = full.isSupervisor;
  if ((full.address ?? null) !== a.address) body.address = full.address ?? null;
  if ((full.phone ?? null) !== a.phone) body.phone = full.phone ?? null;
  if ((full.legalBasis ?? null) !== a.legalBasis) body.legalBasis = full.legalBasis ?? null;
  if (full.effectiveOn) body.effectiveOn = full.effectiveOn;
  if (full.reason) body.reason = full.reason;
  return body;
};

const BY_CODE: Record<string, keyof AgencyValues> = {
  CREDIT_CODE_INVALID: 'creditCode',
  CREDIT_CODE_TAKEN: 'creditCode',
  AGENCY_NAME_TAKEN: 'name',
  ENTRUSTING_AGENCY_REQUIRED: 'entrustingAgencyId',
  ENTRUSTING_AGENCY_INVALID: 'entrustingAgencyId',
  ENTRUSTING_AGENCY_NOT_FOUND: 'entrustingAgencyId',
  ENTRUSTING_AGENCY_NOT_ALLOWED: 'entrustingAgencyId',
  AGENCY_PARENT_CYCLE: 'parentId',
  PARENT_AGENCY_NOT_FOUND: 'parentId',
  REGION_NOT_FOUND: 'regionId',
  FIELD_UNKNOWN: 'field',
  EFFECTIVE_DATE_IN_FUTURE: 'effectiveOn',
};

export const agencyFieldOfError = (code: string) => BY_CODE[code] ?? null;
