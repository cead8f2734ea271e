import { auditLog, type Db } from '@sanxiang/db';
import { appendToLedger } from '../ledger/append.ts';
import { auditLeaf } from '../ledger/leaf-kinds.ts';

export type AuditEntry = typeof auditLog.$inferInsert;

/**
 * Appends one audit record and its ledger leaf. Called inside the transaction of the change it records; on its
 * own (a refused attempt) it opens a transaction so the row and its leaf still land together.
 */
export const recordAudit = async (db: Db, entry: AuditEntry): Promise<void> => {
  // A nested transaction is a savepoint: harmless inside a caller's transaction, a real one outside it.
  await db.transaction((tx) => writeAudit(tx as unknown as Db, entry));
};

/**
 * The audit record and its leaf in the caller's own transaction, without a savepoint: inside `withDeferredLeaves`
 * its leaf then waits with the change's leaves and all of them are appended at once.
 */
export const writeAudit = async (tx: Db, entry: AuditEntry): Promise<void> => {
  const [row] = await tx.insert(auditLog).values(entry).returning();
  await appendToLedger(tx, [{ kind: 'audit', recordId: String(row.id), value: auditLeaf(row) }], row.at);
};
