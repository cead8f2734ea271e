import { account, type Db, evidenceCustodyEvent } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import { appendToLedger } from '../ledger/append.ts';
import { evidenceCustodyLeaf } from '../ledger/leaf-kinds.ts';

export type NewCustodyEvent = {
  evidenceId: string | null;
  caseId: string;
  agencyId: string;
  type: string;
  at: Date;
  actorAccountId: string | null;
  basis?: string | null;
  purpose?: string | null;
  refEventId?: number | null;
  subjectAccountId?: string | null;
  payload: Record<string, unknown>;
};

/** Appends a custody event and its ledger leaf in the caller's transaction. The actor's name is kept as it was. */
export const appendCustody = async (tx: Db, event: NewCustodyEvent) => {
  const actorName = event.actorAccountId
    ? ((await tx.select({ name: account.displayName }).from(account).where(eq(account.id, event.actorAccountId)))[0]?.name ?? null)
    : null;
  const [row] = await tx
    .insert(evidenceCustodyEvent)
    .values({
      ...event,
      actorName,
      basis: event.basis ?? null,
      purpose: event.purpose ?? null,
      refEventId: event.refEventId ?? null,
      subjectAccountId: event.subjectAccountId ?? null,
    })
    .returning();
  await appendToLedger(tx, [{ kind: 'evidence-custody', recordId: String(row.id), value: evidenceCustodyLeaf(row) }], event.at);
  return row;
};
