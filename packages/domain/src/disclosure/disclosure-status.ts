import { conflict } from '../errors/domain-error.ts';

export const DISCLOSURE_STATUSES = ['draft', 'approved', 'published', 'withdrawn', 'expired', 'removed'] as const;
export type DisclosureStatus = (typeof DISCLOSURE_STATUSES)[number];

export const DISCLOSURE_STATUS_LABELS: Record<DisclosureStatus, string> = {
  draft: '待审核发布',
  approved: '已审核',
  published: '已公示',
  withdrawn: '已撤回',
  expired: '公示期满',
  removed: '信用修复撤下',
};

export type DisclosureAction = 'publish' | 'withdraw' | 'remove' | 'expire';

/**
 * Which step may follow which: one table. A draft can be withdrawn too (the decision was revoked before it
 * went public); once withdrawn, expired or removed a record never comes back (a new decision is a new record).
 */
export const DISCLOSURE_TRANSITIONS: Record<DisclosureStatus, readonly DisclosureAction[]> = {
  draft: ['publish', 'withdraw'],
  approved: ['publish', 'withdraw'],
  published: ['withdraw', 'remove', 'expire'],
  withdrawn: [],
  expired: [],
  removed: [],
};

export const disclosureActionsOf = (status: DisclosureStatus): readonly DisclosureAction[] => DISCLOSURE_TRANSITIONS[status] ?? [];

export const assertDisclosureAction = (status: DisclosureStatus, action: DisclosureAction) => {
  if (!disclosureActionsOf(status).includes(action)) {
    const label = DISCLOSURE_STATUS_LABELS[status] ?? status;
    throw conflict('DISCLOSURE_STATE_INVALID', `该公示信息当前为“${label}”，不能${ACTION_LABELS[action]}`, { status, action });
  }
};

const ACTION_LABELS: Record<DisclosureAction, string> = { publish: '发布', withdraw: '撤回', remove: '撤下', expire: '到期下线' };
