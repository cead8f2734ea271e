import { describe, inject } from 'vitest';
import { type Database, type DatabaseKind, openPglite, openPostgres } from '../src/connection.ts';
import { migrateDatabase } from '../src/migrate.ts';
import { databaseUrl, withAdminClient } from './postgres-server.ts';

/** The databases this run tests on: PGlite always, PostgreSQL when the global setup found one. */
export const testDatabaseKinds = (): DatabaseKind[] => (inject('postgres') ? ['pglite', 'postgres'] : ['pglite']);

let copies = 0;

/** A fresh, migrated, empty database of the given kind. Close it with the returned close(). */
export const openTestDatabase = async (kind: DatabaseKind): Promise<Database> => {
  if (kind === 'pglite') {
    const database = await openPglite();
    await migrateDatabase(database);
    return database;
  }
  const pgInfo = inject('postgres');
  if (!pgInfo) throw new Error('PostgreSQL is not available in this run');
  const name = `${pgInfo.prefix}_${process.pid}_${++copies}_${Math.random().toString(36).slice(2, 8)}`;
  await withAdminClient(pgInfo.serverUrl, async (c) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await c.query(`create database ${name} template ${pgInfo.template}`);
        return;
      } catch (e) {
        // Two copies of one template at the same instant can collide; a short wait resolves it.
        if (attempt >= 20 || !/being accessed by other users/.test((e as Error).message)) throw e;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  const database = await openPostgres(databaseUrl(pgInfo.serverUrl, name), 4);
  return {
    ...database,
    close: async () => {
      await database.close();
      await withAdminClient(pgInfo.serverUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
};

/** Runs the same suite once per database kind. */
export const describeEachDatabase = (name: string, suite: (kind: DatabaseKind) => void) => {
  for (const kind of testDatabaseKinds()) describe(`${name} [${kind}]`, () => suite(kind));
};
