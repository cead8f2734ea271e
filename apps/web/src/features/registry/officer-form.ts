import dayjs, { type Dayjs } from 'dayjs';
import type { CreateOfficerBody, OfficerDetail, UpdateOfficerBody } from '../../app/api/types.ts';

export type OfficerValues = {
  agencyId?: string;
  unitId?: string | null;
  name?: string;
  gender?: 'male' | 'female';
  post?: string;
  certificateNo?: string;
  certificateIssuer?: string;
  validity?: [Dayjs | null, Dayjs | null] | null;
  fields?: string[];
  legalQualification?: boolean;
  isLegalReviewer?: boolean;
  idNumber?: string;
  phone?: string;
  accountId?: string | null;
  effectiveOn?: Dayjs | null;
  reason?: string;
};

const DAY = 'YYYY-MM-DD';
const text = (value?: string | null) => value?.trim() || undefined;

/** The form filled from an officer; ID number and phone stay empty (only their masks are ever sent back). */
export const valuesOf = (o: OfficerDetail): OfficerValues => ({
  agencyId: o.agencyId,
  unitId: o.unitId,
  name: o.name,
  gender: o.gender,
  post: o.post ?? undefined,
  certificateNo: o.certificateNo,
  certificateIssuer: o.certificateIssuer,
  validity: [dayjs(o.validFrom), dayjs(o.validTo)],
  fields: o.fields,
  legalQualification: o.legalQualification,
  isLegalReviewer: o.isLegalReviewer,
  accountId: o.account?.id ?? null,
});

export const createBodyOf = (v: OfficerValues): CreateOfficerBody => ({
  agencyId: v.agencyId || undefined,
  unitId: v.unitId || undefined,
  name: v.name?.trim() ?? '',
  gender: v.gender!,
  post: text(v.post),
  certificateNo: v.certificateNo?.trim() ?? '',
  certificateIssuer: v.certificateIssuer?.trim() ?? '',
  validFrom: v.validity?.[0]?.format(DAY) ?? '',
  validTo: v.validity?.[1]?.format(DAY) ?? '',
  fields: v.fields ?? [],
  legalQualification: Boolean(v.legalQualification),
  isLegalReviewer: Boolean(v.isLegalReviewer),
  idNumber: text(v.idNumber),
  phone: text(v.phone),
  accountId: v.accountId || undefined,
  effectiveOn: v.effectiveOn?.format(DAY),
  reason: text(v.reason),
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what changed is sent, so the history shows exactly what was edited. */
export const updateBodyOf = (v: OfficerValues, o: OfficerDetail): UpdateOfficerBody => {
  const full = createBodyOf(v);
  const body: UpdateOfficerBody = {};
  if ((full.unitId ?? null) !== o.unitId) body.unitId = full.unitId ?? null;
  if (full.name !== o.name) body.name = full.name;
  if (full.gender !== o.gender) body.gender = full.gender;
  if ((full.post ?? null) !== o.post) body.post = full.post ?? null;
  if (full.certificateNo !== o.certificateNo) body.certificateNo = full.certificateNo;
  if (full.certificateIssuer !== o.certificateIssuer) body.certificateIssuer = full.certificateIssuer;
  if (full.validFrom !== o.validFrom) body.validFrom = full.validFrom;
  if (full.validTo !== o.validTo) body.validTo = full.validTo;
  if (!same([...full.fields].sort(), [...o.fields].sort())) body.fields = full.fields;
  if (full.legalQualification !== o.legalQualification) body.legalQualification = full.legalQualification;
  if (full.isLegalReviewer !== o.isLegalReviewer) body.isLegalReviewer = full.isLegalReviewer;
  if (full.idNumber) body.idNumber = full.idNumber;
  if (full.phone) body.phone = full.phone;
  if ((full.accountId ?? null) !== (o.account?.id ?? null)) body.accountId = full.accountId ?? null;
  if (full.effectiveOn) body.effectiveOn = full.effectiveOn;
  if (full.reason) body.reason = full.reason;
  return body;
};

/** Does the update change anything (beyond the note of when and why)? */
export const changesSomething = (body: UpdateOfficerBody) => Object.keys(body).some((k) => k !== 'effectiveOn' && k !== 'reason');

type Field = keyof OfficerValues;

const BY_CODE: Record<string, Field> = {
  CERTIFICATE_DATES_INVALID: 'validity',
  CERTIFICATE_NUMBER_TAKEN: 'certificateNo',
  OFFICER_ACTIVE_IN_OTHER_AGENCY: 'certificateNo',
  OFFICER_ALREADY_REGISTERED: 'certificateNo',
  ID_NUMBER_INVALID: 'idNumber',
  GENDER_MISMATCH: 'gender',
  UNIT_NOT_IN_AGENCY: 'unitId',
  ACCOUNT_IN_OTHER_AGENCY: 'accountId',
  ACCOUNT_HAS_OFFICER: 'accountId',
  ACCOUNT_NOT_FOUND: 'accountId',
  FIELD_UNKNOWN: 'fields',
  EFFECTIVE_DATE_IN_FUTURE: 'effectiveOn',
  AGENCY_REQUIRED: 'agencyId',
  AGENCY_NOT_FOUND: 'agencyId',
};

/** The form field a refusal is about, so its message can sit under that field too. */
export const fieldOfError = (code: string): Field | null => BY_CODE[code] ?? null;
