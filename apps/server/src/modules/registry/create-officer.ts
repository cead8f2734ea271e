import { type Actor, chinaDateOf, checkAccess, conflict, invalid, notFound, scopeFor } from '@sanxiang/domain';
import { agency, type Db, officer } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import type { FieldCipher } from '../../security/field-cipher.ts';
import { linkOfficerAccount } from '../accounts/link-officer.ts';
import { checkAccountLink, checkFields, checkOneAgency, checkUnit, checkValidity, sealIdNumber, sealPhone } from './officer-checks.ts';
import { currentSnapshot } from './officer-views.ts';
import { effectiveDate, isUniqueViolation, recordChange } from './registry-history.ts';

export type CreateOfficerInput = {
  agencyId?: string;
  unitId?: string;
  name: string;
  gender: 'male' | 'female';
  post?: string;
  certificateNo: string;
  certificateIssuer: string;
  validFrom: string;
  validTo: string;
  fields: string[];
  legalQualification: boolean;
  isLegalReviewer: boolean;
  idNumber?: string;
  phone?: string;
  accountId?: string;
  effectiveOn?: string;
  reason?: string;
};

/**
 * 登记执法人员: the system admin for any agency, an agency head for their own. The person may not be an
 * officer of another agency at the same time (see checkOneAgency).
 */
export const createOfficer = async (tx: Db, actor: Actor, input: CreateOfficerInput, deps: { now: Date; cipher: FieldCipher }) => {
  const today = chinaDateOf(deps.now);
  const effectiveOn = effectiveDate(input.effectiveOn, today);
  if (!input.agencyId && scopeFor(actor.roles, 'officer.manage') === 'global') throw invalid('AGENCY_REQUIRED', '请选择执法人员所属的执法主体');
  const agencyId = input.agencyId ?? actor.agencyId;
  const [ag] = await tx.select({ id: agency.id }).from(agency).where(eq(agency.id, agencyId));
  if (!ag || checkAccess(actor, 'officer.manage', { agencyId }) !== 'allow') throw notFound('AGENCY_NOT_FOUND', '没有这个执法主体');
  await checkUnit(tx, agencyId, input.unitId);
  checkValidity(input.validFrom, input.validTo);
  const fields = checkFields(input.fields);
  const identity = input.idNumber ? sealIdNumber(input.idNumber, input.gender, today, deps.cipher) : null;
  await checkOneAgency(tx, {
    selfId: null,
    agencyId,
    name: input.name,
    certificateNo: input.certificateNo,
    certificateIssuer: input.certificateIssuer,
    idNumberDigest: identity?.idNumberDigest ?? null,
  });
  if (input.accountId) await checkAccountLink(tx, actor, null, agencyId, input.accountId);

  let id: string;
  try {
    [{ id }] = await tx
      .insert(officer)
      .values({
        agencyId,
        unitId: input.unitId ?? null,
        name: input.name,
        gender: input.gender,
        post: input.post || null,
        certificateNo: input.certificateNo,
        certificateIssuer: input.certificateIssuer,
        fields,
        validFrom: input.validFrom,
        validTo: input.validTo,
        legalQualification: input.legalQualification,
        isLegalReviewer: input.isLegalReviewer,
        ...(identity ?? {}),
        ...(input.phone ? sealPhone(input.phone, deps.cipher) : {}),
        createdAt: deps.now,
        updatedAt: deps.now,
      })
      .returning({ id: officer.id });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('CERTIFICATE_NUMBER_TAKEN', '执法证号或身份证号已被登记');
    throw e;
  }
  if (input.accountId) await linkOfficerAccount(tx, id, input.accountId);
  await recordChange(tx, {
    entityType: 'officer',
    entityId: id,
    kind: 'create',
    effectiveOn,
    changedAt: deps.now,
    changedBy: actor.accountId,
    reason: input.reason,
    before: null,
    after: await currentSnapshot(tx, id),
  });
  return id;
};
