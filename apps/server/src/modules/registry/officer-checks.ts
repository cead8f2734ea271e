import { type Actor, checkAccess, conflict, ENFORCEMENT_FIELDS, invalid, maskMiddle, parsePlainDate, type PlainDate, validateResidentId } from '@sanxiang/domain';
import { account, agency, agencyUnit, type Db, officer } from '@sanxiang/db';
import { and, eq, ne, or } from 'drizzle-orm';
import type { FieldCipher } from '../../security/field-cipher.ts';

/** 执法证 validity: real dates, and the first day not after the last. */
export const checkValidity = (validFrom: string, validTo: string) => {
  parsePlainDate(validFrom);
  parsePlainDate(validTo);
  if (validFrom > validTo) throw invalid('CERTIFICATE_DATES_INVALID', `执法证有效期起始日 ${validFrom} 不能晚于截止日 ${validTo}`);
};

export const checkFields = (fields: string[]) => {
  const unknown = fields.filter((f) => !(ENFORCEMENT_FIELDS as string[]).includes(f));
  if (unknown.length) throw invalid('FIELD_UNKNOWN', `未知的执法领域：${unknown.join('、')}`);
  return [...new Set(fields)].join(',');
};

export const checkUnit = async (tx: Db, agencyId: string, unitId: string | null | undefined) => {
  if (!unitId) return null;
  const [u] = await tx.select().from(agencyUnit).where(and(eq(agencyUnit.id, unitId), eq(agencyUnit.agencyId, agencyId)));
  if (!u) throw invalid('UNIT_NOT_IN_AGENCY', '所选内设机构不属于该执法主体');
  return u;
};

/** 身份证号: validated (GB 11643), consistent with the stated gender, stored sealed with a digest and a mask. */
export const sealIdNumber = (input: string, gender: string, today: PlainDate, cipher: FieldCipher) => {
  const id = input.trim().toUpperCase();
  const result = validateResidentId(id, today);
  if (!result.valid) throw invalid('ID_NUMBER_INVALID', `身份证号无效：${result.reason}`);
  if (result.sex !== gender) throw invalid('GENDER_MISMATCH', `性别与身份证号不一致：身份证号第17位表示${result.sex === 'male' ? '男' : '女'}性`);
  return { idNumberCipher: cipher.encrypt(id), idNumberDigest: cipher.digest(id), idNumberMasked: maskMiddle(id) };
};

export const sealPhone = (phone: string, cipher: FieldCipher) => ({ phoneCipher: cipher.encrypt(phone), phoneMasked: maskMiddle(phone) });

export type OfficerIdentity = {
  selfId: string | null;
  agencyId: string;
  name: string;
  certificateNo: string;
  certificateIssuer: string;
  idNumberDigest: string | null;
};

const agencyName = async (tx: Db, id: string) => (await tx.select({ name: agency.name }).from(agency).where(eq(agency.id, id)))[0]?.name ?? '';

/**
 * One agency at a time. An officer record is one 执法证 held in one agency, and:
 * - a certificate number is given once by its issuer: (issuer, number) is unique for good, revoked or not
 *   (the database's officer_certificate_uq holds it too);
 * - a certificate that is not revoked belongs to one agency: the same number under the same name, even with
 *   the issuer written differently, cannot be registered in a second agency;
 * - a person (by ID number) holds at most one certificate that is not revoked (officer_person_current_uq).
 * Moving to another agency is: revoke here, register there with the certificate issued for the new post.
 */
export const checkOneAgency = async (tx: Db, v: OfficerIdentity) => {
  const clashes = await tx
    .select()
    .from(officer)
    .where(
      and(
        v.selfId ? ne(officer.id, v.selfId) : undefined,
        or(
          and(eq(officer.certificateNo, v.certificateNo), or(eq(officer.certificateIssuer, v.certificateIssuer), eq(officer.name, v.name))),
          v.idNumberDigest ? and(eq(officer.idNumberDigest, v.idNumberDigest), ne(officer.status, 'revoked')) : undefined,
        ),
      ),
    );
  const current = clashes.filter((o) => o.status !== 'revoked');
  const elsewhere = current.find((o) => o.agencyId !== v.agencyId);
  if (elsewhere) {
    throw conflict(
      'OFFICER_ACTIVE_IN_OTHER_AGENCY',
      `${elsewhere.name}（执法证号 ${elsewhere.certificateNo}）目前是${await agencyName(tx, elsewhere.agencyId)}的执法人员。一人同一时间只能在一个执法主体执法：请先由原机关吊销或注销其执法证。`,
    );
  }
  const sameNumber = clashes.find((o) => o.certificateNo === v.certificateNo && o.certificateIssuer === v.certificateIssuer);
  if (sameNumber) {
    throw conflict('CERTIFICATE_NUMBER_TAKEN', `${v.certificateIssuer}核发的执法证号 ${v.certificateNo} 已登记${sameNumber.status === 'revoked' ? '（已吊销，证号不能重复使用）' : `为${sameNumber.name}`}`);
  }
  const samePerson = current[0];
  if (samePerson) throw conflict('OFFICER_ALREADY_REGISTERED', `${samePerson.name}已登记为本机关执法人员（执法证号 ${samePerson.certificateNo}）`);
};

/**
 * The console account an officer signs in with: an account of the officer's own agency (an account's officer is
 * in the account's agency), and not already the account of another officer whose certificate is not revoked.
 * An account outside the actor's reach is answered as not found.
 */
export const checkAccountLink = async (tx: Db, actor: Actor, officerId: string | null, agencyId: string, accountId: string) => {
  const [acc] = await tx.select().from(account).where(eq(account.id, accountId));
  if (!acc || checkAccess(actor, 'account.read', { agencyId: acc.agencyId }) !== 'allow') throw invalid('ACCOUNT_NOT_FOUND', '没有这个账户');
  if (acc.agencyId !== agencyId) throw conflict('ACCOUNT_IN_OTHER_AGENCY', `账户 ${acc.username} 属于${await agencyName(tx, acc.agencyId)}，执法人员须与账户在同一执法主体`);
  if (acc.officerId && acc.officerId !== officerId) {
    const [linked] = await tx.select().from(officer).where(eq(officer.id, acc.officerId));
    if (linked && linked.status !== 'revoked') throw conflict('ACCOUNT_HAS_OFFICER', `账户 ${acc.username} 已对应执法人员${linked.name}（执法证号 ${linked.certificateNo}）`);
  }
  return acc;
};
