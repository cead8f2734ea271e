import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** A database handle or an open transaction: use cases take this and never care which. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  kind: DatabaseKind;
  /** Where the data lives, for logs: a directory for PGlite, a redacted URL for PostgreSQL. */
  location: string;
  close: () => Promise<void>;
};

export class DatabaseUnavailableError extends Error {}

const redactUrl = (url: string) => {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(invalid url)';
  }
};

/** `dataDir` undefined means an in-memory PGlite (tests). */
export const openPglite = async (dataDir?: string): Promise<Database> => {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // pg_trgm backs the portal's substring search (migration `create extension if not exists pg_trgm`).
  const client = new PGlite({ dataDir, extensions: { pg_trgm } });
  await client.waitReady;
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  let closed = false;
  return {
    db,
    kind: 'pglite',
    location: dataDir ?? 'memory',
    close: async () => {
      if (closed) return;
      closed = true;
      await client.close();
    },
  };
};

export const openPostgres = async (url: string, poolSize = 10): Promise<Database> => {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
  pool.on('error', () => {}); // an idle client dropped by the server is replaced on next use
  try {
    const c = await pool.connect();
    c.release();
  } catch (e) {
    await pool.end().catch(() => {});
    throw new DatabaseUnavailableError(`无法连接 PostgreSQL ${redactUrl(url)}: ${(e as Error).message}`);
  }
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  let closed = false;
  return {
    db,
    kind: 'postgres',
    location: redactUrl(url),
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
};

export const openDatabase = (options: { url?: string; dataDir: string }): Promise<Database> =>
  options.url ? openPostgres(options.url) : openPglite(options.dataDir);

/** Rows of a raw query, whichever driver ran it. */
export const rowsOf = async <T = Record<string, unknown>>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> => {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
};
