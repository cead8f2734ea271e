import { daysBetween, type PlainDate } from '../calendar/plain-date.ts';
import { type CertificateState, certificateEligibility } from '../officers/eligibility.ts';

/** How an enforcement certificate stands on a day, as the console's tags and the public 亮证 page show it. */
export type CertificateStanding = 'valid' | 'expiring' | 'expired' | 'not-yet-valid' | 'suspended' | 'revoked';

export const CERTIFICATE_STANDING_LABELS: Record<CertificateStanding, string> = {
  valid: '有效',
  expiring: '即将到期',
  expired: '已过期',
  'not-yet-valid': '未生效',
  suspended: '已暂扣',
  revoked: '已吊销',
};

/** The public page answers only whether the certificate may be used today: an expiring one is still 有效. */
export const PUBLIC_STANDING_LABELS: Record<CertificateStanding, string> = { ...CERTIFICATE_STANDING_LABELS, expiring: '有效' };

export type CertificateStandingInfo = {
  standing: CertificateStanding;
  label: string;
  /** Days from `on` to the last valid day (negative once expired). */
  daysLeft: number;
};

/** Built on `certificateEligibility`, the one rule of who may act (处罚法 第四十二条), with its 30-day warning. */
export const certificateStanding = (c: CertificateState, on: PlainDate): CertificateStandingInfo => {
  const e = certificateEligibility(c, on);
  const standing: CertificateStanding = e.eligible
    ? e.expiresSoon
      ? 'expiring'
      : 'valid'
    : ({ CERTIFICATE_REVOKED: 'revoked', CERTIFICATE_SUSPENDED: 'suspended', CERTIFICATE_EXPIRED: 'expired', CERTIFICATE_NOT_YET_VALID: 'not-yet-valid' } as const)[e.code];
  return { standing, label: CERTIFICATE_STANDING_LABELS[standing], daysLeft: daysBetween(on, c.validTo) };
};

export const OFFICER_STATUSES = ['active', 'suspended', 'revoked'] as const;
export type OfficerStatus = (typeof OFFICER_STATUSES)[number];
export const OFFICER_STATUS_LABELS: Record<OfficerStatus, string> = { active: '正常', suspended: '暂扣', revoked: '吊销' };

export const GENDER_LABELS = { male: '男', female: '女' } as const;
