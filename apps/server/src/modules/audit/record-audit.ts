import { auditLog, type Db } from '@sanxiang/db';

export type AuditEntry = typeof auditLog.$inferInsert;

/** Appends one audit record. Called inside the transaction of the change it records. */
export const recordAudit = async (db: Db, entry: AuditEntry): Promise<void> => {
  await db.insert(auditLog).values(entry);
};
