import { isDomainError } from '@sanxiang/domain';
import { type Db, law, nationalLawTexts } from '@sanxiang/db';
import { count, sql } from 'drizzle-orm';
import { importLawText } from './import-law-text.ts';

// Any constant: serialises the seeding of several processes starting at once against one PostgreSQL.
const LAW_SEED_LOCK = 7_340_212;

/**
 * Loads the national law texts (法律法规库 base data, in every profile) when the library is empty, through the
 * same import as an administrator's. One transaction per law keeps each one all-or-nothing without holding
 * a long transaction; a law another process seeded meanwhile is skipped. Returns how many were imported.
 */
export const seedNationalLaws = async (db: Db, now: Date): Promise<number> => {
  const [{ n }] = await db.select({ n: count() }).from(law);
  if (Number(n) > 0) return 0;
  let imported = 0;
  for (const seed of nationalLawTexts()) {
    await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      await t.execute(sql`select pg_advisory_xact_lock(${LAW_SEED_LOCK})`);
      const result = await importLawText(t, seed, { by: null, now, isSeed: true }).catch((e: unknown) => {
        if (isDomainError(e) && e.code === 'LAW_VERSION_EXISTS') return undefined;
        throw e;
      });
      if (result) imported++;
    });
  }
  return imported;
};
