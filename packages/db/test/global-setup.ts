import type { TestProject } from 'vitest/node';
import { openPostgres } from '../src/connection.ts';
import { migrateDatabase } from '../src/migrate.ts';
import { databaseUrl, findTestPostgres, withAdminClient } from './postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: { serverUrl: string; template: string; prefix: string } | null;
  }
}

/**
 * Integration tests always run on PGlite; when PostgreSQL is reachable they run there too. A template
 * database is migrated once per run; each test file copies it and drops its copy; teardown drops the lot.
 */
export default async function setup(project: TestProject) {
  const serverUrl = await findTestPostgres();
  if (!serverUrl) {
    project.provide('postgres', null);
    return;
  }
  const prefix = `sanxiang_test_${Date.now().toString(36)}_${process.pid}`;
  const template = `${prefix}_tpl`;
  await withAdminClient(serverUrl, (c) => c.query(`create database ${template} encoding 'UTF8' lc_ctype 'C.UTF-8' lc_collate 'C.UTF-8' template template0`));
  const database = await openPostgres(databaseUrl(serverUrl, template), 1);
  await migrateDatabase(database);
  await database.close();
  project.provide('postgres', { serverUrl, template, prefix });

  return async () => {
    await withAdminClient(serverUrl, async (c) => {
      const { rows } = await c.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [`${prefix}%`]);
      for (const { datname } of rows) await c.query(`drop database if exists ${datname} with (force)`);
    });
  };
}
