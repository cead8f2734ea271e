import type { PGlite } from '@electric-sql/pglite';

/**
 * pg-boss's `db` option over PGlite: `executeSql(text, values)` answering `{ rows }` like node-postgres.
 *
 * PGlite is one connection in this process and runs every query and transaction under one lock, so a job's query
 * waits for a request's transaction to end and never runs inside it. pg-boss sends two kinds of text:
 * - one statement with parameters (fetch, complete, send...): run as it is, autocommitted;
 * - several statements without parameters (its schema migrations and maintenance, wrapped in its own
 *   `BEGIN; ... COMMIT;`): run as one script inside a PGlite transaction. That keeps the lock for the whole script,
 *   so no request's query can slip in between pg-boss's BEGIN and COMMIT, and a failing script is rolled back
 *   under the same lock instead of leaving the only connection in an aborted transaction.
 */
export const pgliteBossDb = (client: PGlite) => ({
  executeSql: async (text: string, values?: unknown[]) => {
    if (values && values.length > 0) return client.query(text, values as never[]);
    return client.transaction(async (tx) => {
      const results = await tx.exec(text);
      return results.at(-1) ?? { rows: [] };
    });
  },
});
