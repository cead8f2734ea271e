import type { OfficerStanding, OfficerStatus } from '../../app/api/types.ts';

/** 执法证 standing today, as the server labels it (packages/domain registry/certificate-status.ts). */
export const STANDING_LABELS: Record<OfficerStanding, string> = {
  valid: '有效',
  expiring: '即将到期',
  expired: '已过期',
  'not-yet-valid': '未生效',
  suspended: '已暂扣',
  revoked: '已吊销',
};

export const STANDING_COLORS: Record<OfficerStanding, string> = {
  valid: 'green',
  expiring: 'gold',
  expired: 'red',
  'not-yet-valid': 'default',
  suspended: 'orange',
  revoked: 'default',
};

export const STATUS_LABELS: Record<OfficerStatus, string> = { active: '正常', suspended: '暂扣', revoked: '吊销' };

export const GENDER_OPTIONS = [
  { value: 'male', label: '男' },
  { value: 'female', label: '女' },
] as const;

/** 还有 12 天到期 / 已过期 20 天 / 今天到期 */
export const daysLeftText = (standing: OfficerStanding, daysLeft: number) => {
  if (standing === 'revoked' || standing === 'suspended' || standing === 'not-yet-valid') return null;
  if (daysLeft < 0) return `已过期 ${-daysLeft} 天`;
  if (daysLeft === 0) return '今天到期';
  return `还有 ${daysLeft} 天到期`;
};
