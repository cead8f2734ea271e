import {
  AGENCY_KIND_LABELS,
  AGENCY_LEVEL_LABELS,
  type AgencyKind,
  type AgencyLevel,
  fieldLabel,
  GENDER_LABELS,
  invalid,
  OFFICER_STATUS_LABELS,
  type OfficerStatus,
  parsePlainDate,
  type PlainDate,
} from '@sanxiang/domain';
import { account, type Db, registryChange } from '@sanxiang/db';
import { and, desc, eq } from 'drizzle-orm';

export type EntityType = 'agency' | 'agency_unit' | 'officer' | 'enforcement_item' | 'inspection_item';
export type ChangeKind = 'create' | 'update' | 'suspend' | 'reinstate' | 'revoke' | 'withdraw';
export type Snapshot = Record<string, unknown>;

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = { create: '登记', update: '变更', suspend: '暂扣执法证', reinstate: '恢复执法证', revoke: '吊销执法证', withdraw: '取消' };

/**
 * The date a change to disclosed information takes effect: today unless told otherwise. A change is recorded
 * once it has taken effect (a date in the future would publish what is not yet true); a late record may name
 * an earlier date.
 */
export const effectiveDate = (requested: string | undefined, today: PlainDate): PlainDate => {
  const on = requested ? parsePlainDate(requested) : today;
  if (on > today) throw invalid('EFFECTIVE_DATE_IN_FUTURE', `生效日期 ${on} 晚于今天（${today}）：请在变更生效后再登记`);
  return on;
};

export type ChangeEntry = {
  entityType: EntityType;
  entityId: string;
  kind: ChangeKind;
  effectiveOn: PlainDate;
  changedAt: Date;
  changedBy: string | null;
  reason?: string | null;
  before: Snapshot | null;
  after: Snapshot;
};

/** Appends one history row; call it with the transaction that makes the change. */
export const recordChange = async (tx: Db, entry: ChangeEntry) => {
  await tx.insert(registryChange).values({ ...entry, reason: entry.reason ?? null });
};

/** Which snapshot keys a person reads in the history, and under which label. Ids are kept but not shown. */
const LABELS: Record<string, string> = {
  name: '名称/姓名',
  shortName: '简称',
  kind: '主体类别',
  entrustingAgencyName: '委托机关',
  creditCode: '统一社会信用代码',
  level: '层级',
  parentName: '上级机关',
  regionName: '管辖区域',
  field: '执法领域',
  isSupervisor: '执法监督机关',
  address: '地址',
  phone: '电话',
  legalBasis: '职权依据',
  agencyName: '执法主体',
  unitName: '内设机构',
  gender: '性别',
  post: '职务',
  certificateNo: '执法证号',
  certificateIssuer: '发证机关',
  fields: '执法领域',
  validFrom: '有效期起',
  validTo: '有效期至',
  status: '证件状态',
  legalQualification: '法律职业资格',
  isLegalReviewer: '法制审核人员',
  idNumberMasked: '身份证号（脱敏）',
  phoneMasked: '联系电话（脱敏）',
  accountUsername: '工作台账户',
};

const shown = (key: string, value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (key === 'fields' && Array.isArray(value)) return value.map((f) => fieldLabel(String(f))).join('、');
  if (key === 'field') return fieldLabel(String(value));
  if (key === 'kind') return AGENCY_KIND_LABELS[value as AgencyKind] ?? String(value);
  if (key === 'level') return AGENCY_LEVEL_LABELS[value as AgencyLevel] ?? String(value);
  if (key === 'status') return OFFICER_STATUS_LABELS[value as OfficerStatus] ?? String(value);
  if (key === 'gender') return GENDER_LABELS[value as 'male' | 'female'] ?? String(value);
  return Array.isArray(value) ? value.join('、') : String(value);
};

/** How an entity type's snapshots read in the history: field labels and value rendering. */
export type SnapshotReading = { labels: Record<string, string>; show: (key: string, value: unknown) => string | null };

const registryReading: SnapshotReading = { labels: LABELS, show: shown };
const readings: Partial<Record<EntityType, SnapshotReading>> = {};

/** Other modules whose disclosed records keep their history here say how their snapshots read. */
export const registerSnapshotReading = (entityTypes: EntityType[], reading: SnapshotReading) => {
  for (const t of entityTypes) readings[t] = reading;
};

export const describeChanges = (before: Snapshot | null, after: Snapshot, reading: SnapshotReading = registryReading) =>
  Object.keys(reading.labels).flatMap((key) => {
    if (!(key in after) && !(before && key in before)) return [];
    const b = before ? reading.show(key, before[key]) : null;
    const a = reading.show(key, after[key]);
    return b === a ? [] : [{ field: key, label: reading.labels[key], before: b, after: a }];
  });

/** One entity's history, newest first, each change described field by field. */
export const historyOf = async (db: Db, entityType: EntityType, entityId: string) => {
  const rows = await db
    .select({ c: registryChange, byName: account.displayName })
    .from(registryChange)
    .leftJoin(account, eq(account.id, registryChange.changedBy))
    .where(and(eq(registryChange.entityType, entityType), eq(registryChange.entityId, entityId)))
    .orderBy(desc(registryChange.changedAt), desc(registryChange.id));
  return rows.map(({ c, byName }) => ({
    id: c.id,
    entityType: c.entityType as EntityType,
    entityId: c.entityId,
    kind: c.kind as ChangeKind,
    kindLabel: CHANGE_KIND_LABELS[c.kind as ChangeKind] ?? c.kind,
    effectiveOn: c.effectiveOn,
    changedAt: c.changedAt.toISOString(),
    changedBy: c.changedBy ? { id: c.changedBy, name: byName ?? '' } : null,
    reason: c.reason,
    changes: describeChanges(c.before as Snapshot | null, c.after as Snapshot, readings[c.entityType as EntityType]),
  }));
};

/** Unique violations that slipped past the checks (two requests at once) are conflicts, not faults. */
export const isUniqueViolation = (e: unknown): boolean => {
  for (let at: unknown = e, depth = 0; at && depth < 4; at = (at as { cause?: unknown }).cause, depth++) {
    if ((at as { code?: unknown }).code === '23505') return true;
  }
  return false;
};
