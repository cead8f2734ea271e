import { agency, auditLog, type Db } from '@sanxiang/db';
import { and, count, desc, eq, gte, type SQL, lte } from 'drizzle-orm';

export type AuditFilter = {
  username?: string;
  agencyId?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  result?: string;
  from?: string;
  to?: string;
};

const conditionsOf = (f: AuditFilter): SQL | undefined => {
  const c: SQL[] = [];
  if (f.username) c.push(eq(auditLog.username, f.username.normalize('NFKC').toLowerCase()));
  if (f.agencyId) c.push(eq(auditLog.agencyId, f.agencyId));
  if (f.action) c.push(eq(auditLog.action, f.action));
  if (f.objectType) c.push(eq(auditLog.objectType, f.objectType));
  if (f.objectId) c.push(eq(auditLog.objectId, f.objectId));
  if (f.result) c.push(eq(auditLog.result, f.result));
  if (f.from) c.push(gte(auditLog.at, new Date(f.from)));
  if (f.to) c.push(lte(auditLog.at, new Date(f.to)));
  return c.length ? and(...c) : undefined;
};

const columns = {
  id: auditLog.id,
  at: auditLog.at,
  requestId: auditLog.requestId,
  accountId: auditLog.accountId,
  username: auditLog.username,
  agencyId: auditLog.agencyId,
  agencyName: agency.name,
  roles: auditLog.roles,
  action: auditLog.action,
  objectType: auditLog.objectType,
  objectId: auditLog.objectId,
  result: auditLog.result,
  ip: auditLog.ip,
  userAgent: auditLog.userAgent,
  detail: auditLog.detail,
};

export const searchAudit = async (db: Db, filter: AuditFilter, page: number, pageSize: number) => {
  const where = conditionsOf(filter);
  const [{ n }] = await db.select({ n: count() }).from(auditLog).where(where);
  const rows = await db
    .select(columns)
    .from(auditLog)
    .leftJoin(agency, eq(agency.id, auditLog.agencyId))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { items: rows.map((r) => ({ ...r, at: r.at.toISOString() })), total: Number(n), page, pageSize };
};

/** Streams matching rows in id order, a batch at a time, so an export of millions never sits in memory. */
export async function* auditRowsForExport(db: Db, filter: AuditFilter, batch = 2_000) {
  let afterId = 0;
  for (;;) {
    const where = and(conditionsOf(filter), gte(auditLog.id, afterId + 1));
    const rows = await db.select(columns).from(auditLog).leftJoin(agency, eq(agency.id, auditLog.agencyId)).where(where).orderBy(auditLog.id).limit(batch);
    if (rows.length === 0) return;
    yield rows;
    afterId = rows[rows.length - 1].id;
  }
}
