import { type Actor, chinaDateOf, conflict, invalid } from '@sanxiang/domain';
import { type Db, officer } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import type { FieldCipher } from '../../security/field-cipher.ts';
import { linkOfficerAccount } from '../accounts/link-officer.ts';
import { checkAccountLink, checkFields, checkOneAgency, checkUnit, checkValidity, sealIdNumber, sealPhone } from './officer-checks.ts';
import { currentSnapshot, requireOfficer } from './officer-views.ts';
import { type ChangeKind, effectiveDate, isUniqueViolation, recordChange } from './registry-history.ts';

export type UpdateOfficerInput = {
  unitId?: string | null;
  name?: string;
  gender?: 'male' | 'female';
  post?: string | null;
  certificateNo?: string;
  certificateIssuer?: string;
  validFrom?: string;
  validTo?: string;
  fields?: string[];
  status?: 'active' | 'suspended';
  legalQualification?: boolean;
  isLegalReviewer?: boolean;
  idNumber?: string | null;
  phone?: string | null;
  accountId?: string | null;
  effectiveOn?: string;
  reason?: string;
};

/**
 * 变更执法人员信息, 暂扣 or 恢复 a certificate. The officer stays in their agency (a body naming another agency
 * is refused by the contract); a revoked certificate is final and is not edited.
 */
export const updateOfficer = async (tx: Db, actor: Actor, id: string, input: UpdateOfficerInput, deps: { now: Date; cipher: FieldCipher }) => {
  const today = chinaDateOf(deps.now);
  const effectiveOn = effectiveDate(input.effectiveOn, today);
  const { o: current } = await requireOfficer(tx, actor, id, 'officer.manage');
  if (current.status === 'revoked') throw conflict('OFFICER_REVOKED', `${current.name}的执法证已吊销，不能再修改；如需重新执法，请登记新核发的执法证`);
  const before = await currentSnapshot(tx, id);

  const next = {
    unitId: input.unitId !== undefined ? input.unitId : current.unitId,
    name: input.name ?? current.name,
    gender: input.gender ?? current.gender,
    post: input.post !== undefined ? input.post || null : current.post,
    certificateNo: input.certificateNo ?? current.certificateNo,
    certificateIssuer: input.certificateIssuer ?? current.certificateIssuer,
    validFrom: input.validFrom ?? current.validFrom,
    validTo: input.validTo ?? current.validTo,
    fields: input.fields ? checkFields(input.fields) : current.fields,
    status: input.status ?? current.status,
    legalQualification: input.legalQualification ?? current.legalQualification,
    isLegalReviewer: input.isLegalReviewer ?? current.isLegalReviewer,
  };
  await checkUnit(tx, current.agencyId, next.unitId);
  checkValidity(next.validFrom, next.validTo);
  let identity: Partial<typeof officer.$inferInsert> = {};
  if (input.idNumber) identity = sealIdNumber(input.idNumber, next.gender, today, deps.cipher);
  else if (input.idNumber === null) identity = { idNumberCipher: null, idNumberDigest: null, idNumberMasked: null };
  else if (input.gender && input.gender !== current.gender && current.idNumberDigest) {
    throw invalid('GENDER_MISMATCH', '性别与已登记的身份证号不一致：如需更正，请同时提供正确的身份证号');
  }
  await checkOneAgency(tx, {
    selfId: id,
    agencyId: current.agencyId,
    name: next.name,
    certificateNo: next.certificateNo,
    certificateIssuer: next.certificateIssuer,
    idNumberDigest: identity.idNumberDigest !== undefined ? identity.idNumberDigest : current.idNumberDigest,
  });
  if (input.accountId) await checkAccountLink(tx, actor, id, current.agencyId, input.accountId);
  const phone = input.phone ? sealPhone(input.phone, deps.cipher) : input.phone === null ? { phoneCipher: null, phoneMasked: null } : {};

  try {
    await tx.update(officer).set({ ...next, ...identity, ...phone, updatedAt: deps.now }).where(eq(officer.id, id));
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('CERTIFICATE_NUMBER_TAKEN', '执法证号或身份证号已被登记');
    throw e;
  }
  if (input.accountId !== undefined) await linkOfficerAccount(tx, id, input.accountId);
  const after = await currentSnapshot(tx, id);
  // The digest is not in the snapshot: a re-entered identical ID number or phone changes nothing people can see.
  if (JSON.stringify(before) === JSON.stringify(after) && !input.idNumber && !input.phone) throw invalid('NOTHING_TO_UPDATE', '没有要修改的内容');
  const kind: ChangeKind = next.status !== current.status ? (next.status === 'suspended' ? 'suspend' : 'reinstate') : 'update';
  await recordChange(tx, { entityType: 'officer', entityId: id, kind, effectiveOn, changedAt: deps.now, changedBy: actor.accountId, reason: input.reason, before, after });
  return id;
};
