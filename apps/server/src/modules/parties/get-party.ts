import { type Actor, chinaDateOf, checkAccess, forbidden, isMinorOn, notFound } from '@sanxiang/domain';
import { type Db, party } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import type { FieldCipher } from '../../security/field-cipher.ts';

/**
 * A party with its sensitive fields masked; the full ID number and phone only for roles that handle cases
 * (`party.read-sensitive`), on explicit request, and the reveal is audited by the caller.
 */
export const getParty = async (db: Db, cipher: FieldCipher, actor: Actor, id: string, reveal: boolean, now: Date) => {
  const [p] = await db.select().from(party).where(eq(party.id, id));
  if (!p) throw notFound('PARTY_NOT_FOUND', '没有这个当事人');
  if (reveal && checkAccess(actor, 'party.read-sensitive') !== 'allow') throw forbidden('FORBIDDEN', '您的角色无权查看完整证件号码');
  return {
    id: p.id,
    kind: p.kind as 'person' | 'organization',
    name: p.name,
    creditCode: p.creditCode,
    idNumber: reveal && p.idNumberCipher ? cipher.decrypt(p.idNumberCipher) : p.idNumberMasked,
    phone: reveal && p.phoneCipher ? cipher.decrypt(p.phoneCipher) : p.phoneMasked,
    revealed: reveal,
    birthDate: p.birthDate,
    minor: p.birthDate ? isMinorOn(p.birthDate, chinaDateOf(now)) : false,
    address: p.address,
    legalRepresentative: p.legalRepresentative,
  };
};
