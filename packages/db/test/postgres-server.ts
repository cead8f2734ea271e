import pg from 'pg';

/** The PostgreSQL server tests also run on: DATABASE_URL when set, else a local one if it answers. */
export const findTestPostgres = async (): Promise<string | undefined> => {
  if (process.env.SANXIANG_TEST_PGLITE_ONLY === '1') return undefined;
  const candidates = process.env.DATABASE_URL ? [process.env.DATABASE_URL] : ['postgres://postgres@127.0.0.1:5432/postgres'];
  for (const url of candidates) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.end();
      return url;
    } catch (e) {
      if (process.env.DATABASE_URL) throw new Error(`DATABASE_URL is set but PostgreSQL does not answer: ${(e as Error).message}`);
    }
  }
  return undefined;
};

export const withAdminClient = async <T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
};

export const databaseUrl = (serverUrl: string, name: string) => {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
};
