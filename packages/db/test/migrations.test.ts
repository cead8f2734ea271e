import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../src/connection.ts';
import { rowsOf } from '../src/connection.ts';
import { migrateDatabase } from '../src/migrate.ts';
import { account, accountRole, agency, auditLog, region } from '../src/schema/index.ts';
import { loadCalendarRows, seedNationalCalendar } from '../src/seed/national-calendar.ts';
import { describeEachDatabase, openTestDatabase } from './databases.ts';

describeEachDatabase('schema', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.close());

  it('applies migrations idempotently', async () => {
    await migrateDatabase(database);
    await migrateDatabase(database);
    const tables = await rowsOf<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`,
    );
    expect(tables[0].n).toBeGreaterThanOrEqual(12);
  });

  it('seeds the national holiday calendar once', async () => {
    expect(await seedNationalCalendar(database.db)).toBeGreaterThan(20);
    expect(await seedNationalCalendar(database.db)).toBe(0);
    const { years, days } = await loadCalendarRows(database.db);
    expect(years).toContain(2026);
    expect(days.find((d) => d.date === '2026-10-01')).toMatchObject({ kind: 'holiday', name: '国庆节' });
  });

  const seedAccount = async () => {
    const [r] = await database.db.insert(region).values({ code: `9${Math.floor(Math.random() * 1e5)}`, name: '测试省', level: 'province' }).returning();
    const [a] = await database.db
      .insert(agency)
      .values({ name: `测试局${Math.random()}`, shortName: '测', level: 'province', regionId: r.id, field: 'market' })
      .returning();
    const [acc] = await database.db
      .insert(account)
      .values({ username: `u${Math.random()}`, displayName: '测试', agencyId: a.id, passwordHash: 'x' })
      .returning();
    return acc;
  };

  it('lets an account hold several business roles but never two admin roles', async () => {
    const acc = await seedAccount();
    await database.db.insert(accountRole).values([
      { accountId: acc.id, role: 'officer' },
      { accountId: acc.id, role: 'legal_reviewer' },
      { accountId: acc.id, role: 'system_admin' },
    ]);
    await expect(database.db.insert(accountRole).values({ accountId: acc.id, role: 'audit_admin' })).rejects.toThrow();
    const roles = await database.db.select().from(accountRole);
    expect(roles.filter((r) => r.accountId === acc.id).map((r) => r.role).sort()).toEqual(['legal_reviewer', 'officer', 'system_admin']);
  });

  it('refuses to update, delete or truncate audit rows, and to purge young ones', async () => {
    await database.db.insert(auditLog).values({ at: new Date(), action: 'test', result: 'success' });
    await expect(database.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(database.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    await expect(database.db.execute(sql`select audit_purge(now() - interval '10 days')`)).rejects.toThrow();
    const rows = await database.db.select().from(auditLog);
    expect(rows.map((r) => r.action)).toEqual(['test']);
  });

  it('purges only audit rows older than 180 days', async () => {
    await database.db.insert(auditLog).values({ at: new Date(Date.now() - 200 * 86_400_000), action: 'old', result: 'success' });
    const [r] = await rowsOf<{ n: string }>(database.db, sql`select audit_purge(now() - interval '181 days') as n`);
    expect(Number(r.n)).toBe(1);
    const rows = await database.db.select().from(auditLog);
    expect(rows.map((x) => x.action)).toEqual(['test']);
  });
});
