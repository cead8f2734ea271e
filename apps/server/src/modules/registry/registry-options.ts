import { AGENCY_KIND_LABELS, AGENCY_KINDS, AGENCY_LEVEL_LABELS, AGENCY_LEVELS, CERTIFICATE_WARNING_DAYS, ENFORCEMENT_FIELD_LABELS, ENFORCEMENT_FIELDS } from '@sanxiang/domain';
import { type Db, region } from '@sanxiang/db';
import { asc } from 'drizzle-orm';

/** The choices the registry forms offer: regions, fields, agency kinds and levels. */
export const registryOptions = async (db: Db) => ({
  regions: (await db.select().from(region).orderBy(asc(region.code))).map((r) => ({ id: r.id, code: r.code, name: r.name, level: r.level, parentId: r.parentId })),
  fields: ENFORCEMENT_FIELDS.map((code) => ({ code, label: ENFORCEMENT_FIELD_LABELS[code] })),
  kinds: AGENCY_KINDS.map((code) => ({ code, label: AGENCY_KIND_LABELS[code] })),
  levels: AGENCY_LEVELS.map((code) => ({ code, label: AGENCY_LEVEL_LABELS[code] })),
  certificateWarningDays: CERTIFICATE_WARNING_DAYS,
});
