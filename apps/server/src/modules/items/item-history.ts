import {
  chinaDateOf,
  INSPECTION_METHOD_LABELS,
  INSPECTION_PERIOD_LABELS,
  ITEM_KIND_LABELS,
  LEGAL_REVIEW_LABELS,
  PENALTY_KIND_LABELS,
  PROCEDURE_LABELS,
  TARGET_TYPE_LABELS,
} from '@sanxiang/domain';
import { type Db, enforcementItem, inspectionItem, itemLegalBasis } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import { type ChangeKind, type EntityType, recordChange, registerSnapshotReading, type Snapshot } from '../registry/registry-history.ts';

const label = (table: Record<string, string>, v: unknown) => table[String(v)] ?? String(v);
const list = (table: Record<string, string>, v: unknown) => (Array.isArray(v) ? v.map((x) => label(table, x)).join('、') : null);

// 权责清单 and 随机抽查事项清单 are disclosed information: their changes read field by field like the registries'.
registerSnapshotReading(['enforcement_item', 'inspection_item'], {
  labels: {
    code: '事项编码',
    name: '事项名称',
    kind: '事项类别',
    procedure: '程序',
    targetTypes: '适用对象',
    targetType: '抽查对象',
    citations: '实施依据',
    penalties: '处罚种类和幅度',
    legalReview: '法制审核',
    population: '抽查对象范围',
    ratioBp: '抽查比例',
    period: '抽查周期',
    methods: '抽查方式',
    inspectingBody: '抽查主体',
    guide: '服务指南',
    remedies: '救济渠道',
  },
  show: (key, value) => {
    if (value === null || value === undefined || value === '') return null;
    if (key === 'kind') return label(ITEM_KIND_LABELS, value);
    if (key === 'procedure') return label(PROCEDURE_LABELS, value);
    if (key === 'legalReview') return label(LEGAL_REVIEW_LABELS, value);
    if (key === 'targetTypes') return list(TARGET_TYPE_LABELS, value);
    if (key === 'methods') return list(INSPECTION_METHOD_LABELS, value);
    if (key === 'period') return label(INSPECTION_PERIOD_LABELS, value);
    if (key === 'ratioBp') return `${Number(value) / 100}%`;
    if (key === 'citations') return Array.isArray(value) ? value.join('；') : String(value);
    if (key === 'penalties' && Array.isArray(value)) return value.map((p) => label(PENALTY_KIND_LABELS, (p as { kind: string }).kind)).join('、');
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  },
});

const citationsOf = async (tx: Db, column: 'enforcementItemId' | 'inspectionItemId', id: string) =>
  (await tx.select({ citation: itemLegalBasis.citation }).from(itemLegalBasis).where(eq(itemLegalBasis[column], id))).map((r) => r.citation);

/** The item as disclosed, with its legal bases, to store before and after a change. */
export const itemSnapshot = async (tx: Db, entityType: 'enforcement_item' | 'inspection_item', id: string): Promise<Snapshot> => {
  if (entityType === 'enforcement_item') {
    const [r] = await tx.select().from(enforcementItem).where(eq(enforcementItem.id, id));
    return {
      code: r.code,
      name: r.name,
      kind: r.kind,
      procedure: r.procedure,
      targetTypes: r.targetTypes,
      penalties: r.penalties,
      legalReview: r.legalReview,
      timeLimit: r.timeLimit,
      remedies: r.remedies,
      guide: r.guide,
      citations: await citationsOf(tx, 'enforcementItemId', id),
    };
  }
  const [r] = await tx.select().from(inspectionItem).where(eq(inspectionItem.id, id));
  return {
    code: r.code,
    name: r.name,
    targetType: r.targetType,
    population: r.population,
    ratioBp: r.ratioBp,
    period: r.period,
    methods: r.methods,
    inspectingBody: r.inspectingBody,
    citations: await citationsOf(tx, 'inspectionItemId', id),
  };
};

/** Records a change of a published item, effective today (Beijing), in the change's transaction. */
export const recordItemChange = async (
  tx: Db,
  entry: { entityType: Extract<EntityType, 'enforcement_item' | 'inspection_item'>; id: string; kind: ChangeKind; before: Snapshot | null; accountId: string; now: Date },
) =>
  recordChange(tx, {
    entityType: entry.entityType,
    entityId: entry.id,
    kind: entry.kind,
    effectiveOn: chinaDateOf(entry.now),
    changedAt: entry.now,
    changedBy: entry.accountId,
    before: entry.before,
    after: await itemSnapshot(tx, entry.entityType, entry.id),
  });
