import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { Database } from './connection.ts';

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

// Any constant: it serialises migrations of several processes starting at once against one PostgreSQL.
const MIGRATION_LOCK = 7_340_211;

/** Applies pending migrations; already applied ones are skipped, so running it again changes nothing. */
export const migrateDatabase = async (database: Database): Promise<void> => {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder });
    return;
  }
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await migratePg(tx as never, { migrationsFolder });
  });
};
