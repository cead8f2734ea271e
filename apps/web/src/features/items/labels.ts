import { INSPECTION_METHOD_LABELS, INSPECTION_PERIOD_LABELS, TARGET_TYPE_LABELS } from '@sanxiang/domain/items/catalog';
import type { FlagStatus, TargetType } from './types.ts';

// The words of the domain catalog, the same the server and the portal use.
export { ITEM_KIND_LABELS, LEGAL_REVIEW_LABELS, PENALTY_KIND_LABELS, PROCEDURE_LABELS, TARGET_TYPE_LABELS } from '@sanxiang/domain/items/catalog';
export const APPLIES_TO_LABELS: Record<'any' | TargetType, string> = { any: '均适用', ...TARGET_TYPE_LABELS };
export const METHOD_LABELS = INSPECTION_METHOD_LABELS;
export const PERIOD_LABELS = INSPECTION_PERIOD_LABELS;
export const FLAG_STATUS_COLORS: Record<FlagStatus, string> = { overdue: 'red', open: 'orange', resolved: 'green', 'resolved-late': 'gold' };

export const options = <K extends string>(labels: Record<K, string>) => (Object.entries(labels) as Array<[K, string]>).map(([value, label]) => ({ value, label }));
