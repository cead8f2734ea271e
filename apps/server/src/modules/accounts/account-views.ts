import { type Role } from '@sanxiang/domain';
import { account, accountRole, agency, agencyUnit, type Db } from '@sanxiang/db';
import { and, count, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';

export const accountColumns = {
  id: account.id,
  username: account.username,
  displayName: account.displayName,
  agencyId: account.agencyId,
  agencyName: agency.name,
  unitId: account.unitId,
  unitName: agencyUnit.name,
  status: account.status,
  totpEnabled: account.totpEnabled,
  lockedUntil: account.lockedUntil,
  isDemo: account.isDemo,
};

type AccountRow = { id: string; lockedUntil: Date | null; status: string };

const withRoles = async <T extends AccountRow>(db: Db, rows: T[]) => {
  const ids = rows.map((r) => r.id);
  const roles = ids.length ? await db.select().from(accountRole).where(inArray(accountRole.accountId, ids)) : [];
  return rows.map((r) => ({
    ...r,
    status: r.status as 'active' | 'disabled',
    lockedUntil: r.lockedUntil ? r.lockedUntil.toISOString() : null,
    roles: roles.filter((x) => x.accountId === r.id).map((x) => x.role as Role),
  }));
};

export const listAccounts = async (db: Db, filter: { agencyId?: string; q?: string }, page: number, pageSize: number) => {
  const c: SQL[] = [];
  if (filter.agencyId) c.push(eq(account.agencyId, filter.agencyId));
  if (filter.q) c.push(or(ilike(account.username, `%${filter.q}%`), ilike(account.displayName, `%${filter.q}%`))!);
  const where = c.length ? and(...c) : undefined;
  const [{ n }] = await db.select({ n: count() }).from(account).where(where);
  const rows = await db
    .select(accountColumns)
    .from(account)
    .innerJoin(agency, eq(agency.id, account.agencyId))
    .leftJoin(agencyUnit, eq(agencyUnit.id, account.unitId))
    .where(where)
    .orderBy(agency.name, account.username)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { items: await withRoles(db, rows), total: Number(n), page, pageSize };
};

export const getAccountView = async (db: Db, id: string) => {
  const rows = await db
    .select(accountColumns)
    .from(account)
    .innerJoin(agency, eq(agency.id, account.agencyId))
    .leftJoin(agencyUnit, eq(agencyUnit.id, account.unitId))
    .where(eq(account.id, id));
  const [view] = await withRoles(db, rows);
  return view;
};
