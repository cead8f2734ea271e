import { describe, expect, it } from 'vitest';
import { certificateEligibility } from './eligibility.ts';

describe('certificate eligibility', () => {
  const valid = { status: 'active', validFrom: '2025-01-01', validTo: '2027-12-31' };
  it('allows an active certificate within its dates and warns 30 days ahead', () => {
    expect(certificateEligibility(valid, '2026-11-21')).toEqual({ eligible: true, expiresSoon: false });
    expect(certificateEligibility(valid, '2027-12-01')).toEqual({ eligible: true, expiresSoon: true });
    expect(certificateEligibility(valid, '2027-12-31')).toEqual({ eligible: true, expiresSoon: true });
  });
  it('refuses expired, not yet valid, suspended and revoked certificates', () => {
    expect(certificateEligibility(valid, '2028-01-01')).toMatchObject({ eligible: false, code: 'CERTIFICATE_EXPIRED' });
    expect(certificateEligibility(valid, '2024-12-31')).toMatchObject({ eligible: false, code: 'CERTIFICATE_NOT_YET_VALID' });
    expect(certificateEligibility({ ...valid, status: 'revoked' }, '2026-11-21')).toMatchObject({ eligible: false, code: 'CERTIFICATE_REVOKED' });
    expect(certificateEligibility({ ...valid, status: 'suspended' }, '2026-11-21')).toMatchObject({ eligible: false, code: 'CERTIFICATE_SUSPENDED' });
  });
});
