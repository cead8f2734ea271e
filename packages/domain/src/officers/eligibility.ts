import { addDays, type PlainDate } from '../calendar/plain-date.ts';

export type CertificateState = {
  status: 'active' | 'suspended' | 'revoked' | string;
  validFrom: PlainDate;
  validTo: PlainDate;
};

/** Warn this many days before a certificate expires (seed 003: 执法证件到期提醒). */
export const CERTIFICATE_WARNING_DAYS = 30;

export type Eligibility =
  | { eligible: true; expiresSoon: boolean }
  | { eligible: false; code: 'CERTIFICATE_REVOKED' | 'CERTIFICATE_SUSPENDED' | 'CERTIFICATE_EXPIRED' | 'CERTIFICATE_NOT_YET_VALID'; reason: string };

/**
 * 处罚法 第四十二条: enforcement acts are carried out by officers holding a valid enforcement certificate.
 * An officer is eligible on a date when the certificate is active and the date lies within its validity.
 */
export const certificateEligibility = (c: CertificateState, on: PlainDate): Eligibility => {
  if (c.status === 'revoked') return { eligible: false, code: 'CERTIFICATE_REVOKED', reason: '执法证已被吊销' };
  if (c.status === 'suspended') return { eligible: false, code: 'CERTIFICATE_SUSPENDED', reason: '执法证已被暂扣' };
  if (on < c.validFrom) return { eligible: false, code: 'CERTIFICATE_NOT_YET_VALID', reason: `执法证自 ${c.validFrom} 起有效` };
  if (on > c.validTo) return { eligible: false, code: 'CERTIFICATE_EXPIRED', reason: `执法证已于 ${c.validTo} 到期` };
  return { eligible: true, expiresSoon: c.validTo <= addDays(on, CERTIFICATE_WARNING_DAYS) };
};

/** 处罚法 第四十二条: at least two officers for investigation and inspection acts. */
export const MIN_OFFICERS_PER_ACT = 2;
