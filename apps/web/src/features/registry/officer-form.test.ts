import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { OfficerDetail } from '../../app/api/types.ts';
import { changesSomething, createBodyOf, updateBodyOf, valuesOf } from './officer-form.ts';

const officer: OfficerDetail = {
  id: 'o1',
  name: '张伟',
  gender: 'male',
  genderLabel: '男',
  agencyId: 'a1',
  agencyName: '甲县市场监督管理局',
  unitId: 'u1',
  unitName: '执法稽查大队',
  post: '执法队员',
  certificateNo: '370121000001',
  certificateIssuer: '某省人民政府',
  fields: ['market'],
  fieldLabels: ['市场监管'],
  validFrom: '2025-01-01',
  validTo: '2027-12-31',
  status: 'active',
  statusLabel: '正常',
  standing: 'valid',
  standingLabel: '有效',
  daysLeft: 400,
  legalQualification: false,
  isLegalReviewer: false,
  idNumberMasked: '370***********1234',
  phoneMasked: null,
  account: { id: 'acc1', username: 'jxsj.officer1' },
  isDemo: true,
  updatedAt: '2026-11-20T00:00:00.000Z',
  verifyUrl: 'http://x/verify/officer/abc',
  today: '2026-11-20',
};

describe('officer form', () => {
  it('sends trimmed text, dates as YYYY-MM-DD and leaves blanks out', () => {
    const body = createBodyOf({
      name: ' 李娜 ',
      gender: 'female',
      post: ' ',
      certificateNo: ' 3701 ',
      certificateIssuer: '某省人民政府',
      validity: [dayjs('2026-01-01'), dayjs('2028-12-31')],
      fields: ['market'],
      idNumber: '',
    });
    expect(body).toMatchObject({ name: '李娜', post: undefined, certificateNo: '3701', validFrom: '2026-01-01', validTo: '2028-12-31', idNumber: undefined, legalQualification: false });
  });

  it('sends only what changed, and nothing for an untouched form', () => {
    const untouched = updateBodyOf(valuesOf(officer), officer);
    expect(untouched).toEqual({});
    expect(changesSomething(untouched)).toBe(false);
    const body = updateBodyOf({ ...valuesOf(officer), post: '中队长', validity: [dayjs('2025-01-01'), dayjs('2029-12-31')], reason: '换发新证', accountId: null }, officer);
    expect(body).toEqual({ post: '中队长', validTo: '2029-12-31', reason: '换发新证', accountId: null });
    expect(changesSomething({ reason: 'x' })).toBe(false);
  });
});
