import { describe, expect, it } from 'vitest';
import { checkEntrustment, parentCycle } from './agency-rules.ts';
import { certificateStanding } from './certificate-status.ts';

describe('entrustment (行政处罚法 第二十条)', () => {
  const statutory = { id: 'a', kind: 'statutory' };
  it('requires the entrusting agency for an entrusted organisation, and only for it', () => {
    expect(() => checkEntrustment({ kind: 'entrusted', entrustingAgencyId: null })).toThrow(expect.objectContaining({ code: 'ENTRUSTING_AGENCY_REQUIRED' }));
    expect(() => checkEntrustment({ kind: 'statutory', entrustingAgencyId: 'a', entrusting: statutory })).toThrow(
      expect.objectContaining({ code: 'ENTRUSTING_AGENCY_NOT_ALLOWED' }),
    );
    expect(() => checkEntrustment({ kind: 'entrusted', entrustingAgencyId: 'a', entrusting: statutory })).not.toThrow();
  });
  it('refuses re-entrustment and self-entrustment', () => {
    expect(() => checkEntrustment({ kind: 'entrusted', entrustingAgencyId: 'b', entrusting: { id: 'b', kind: 'entrusted' } })).toThrow(
      expect.objectContaining({ code: 'ENTRUSTING_AGENCY_INVALID' }),
    );
    expect(() => checkEntrustment({ selfId: 'a', kind: 'entrusted', entrustingAgencyId: 'a', entrusting: statutory })).toThrow(
      expect.objectContaining({ code: 'ENTRUSTING_AGENCY_INVALID' }),
    );
  });
});

describe('parent cycles', () => {
  const parents = new Map<string, string | null>([
    ['province', null],
    ['city', 'province'],
    ['county', 'city'],
  ]);
  it('finds the loop a new parent would close', () => {
    expect(parentCycle('province', 'county', parents)).toEqual(['province', 'county', 'city', 'province']);
    expect(parentCycle('city', 'city', parents)).toEqual(['city', 'city']);
  });
  it('accepts a parent above', () => {
    expect(parentCycle('county', 'province', parents)).toBeNull();
    expect(parentCycle('county', null, parents)).toBeNull();
  });
});

describe('certificate standing', () => {
  const c = { status: 'active', validFrom: '2025-01-01', validTo: '2026-12-31' };
  it('labels each state and counts the days left', () => {
    expect(certificateStanding(c, '2026-06-01')).toEqual({ standing: 'valid', label: '有效', daysLeft: 213 });
    expect(certificateStanding(c, '2026-12-01')).toMatchObject({ standing: 'expiring', label: '即将到期', daysLeft: 30 });
    expect(certificateStanding(c, '2027-01-01')).toMatchObject({ standing: 'expired', label: '已过期', daysLeft: -1 });
    expect(certificateStanding(c, '2024-12-31')).toMatchObject({ standing: 'not-yet-valid' });
    expect(certificateStanding({ ...c, status: 'suspended' }, '2026-06-01')).toMatchObject({ standing: 'suspended', label: '已暂扣' });
    expect(certificateStanding({ ...c, status: 'revoked' }, '2027-06-01')).toMatchObject({ standing: 'revoked', label: '已吊销' });
  });
});
