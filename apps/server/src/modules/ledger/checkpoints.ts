import { signCheckpoint } from '@sanxiang/ledger/node';
import { type Db, ledgerCheckpoint, ledgerHead } from '@sanxiang/db';
import { desc, eq } from 'drizzle-orm';
import type { LedgerSigner } from '../../security/ledger-key.ts';

export const latestCheckpoint = async (db: Db) => {
  const [row] = await db.select().from(ledgerCheckpoint).orderBy(desc(ledgerCheckpoint.size)).limit(1);
  return row;
};

/** Signs the current head unless a checkpoint of that size exists. Returns the checkpoint of the head. */
export const signHead = async (db: Db, signer: LedgerSigner, now: Date) => {
  const [head] = await db.select().from(ledgerHead).where(eq(ledgerHead.id, 1));
  if (!head) return undefined;
  const [existing] = await db.select().from(ledgerCheckpoint).where(eq(ledgerCheckpoint.size, head.size));
  if (existing) return existing;
  const note = signCheckpoint({ origin: signer.origin, size: head.size, root: new Uint8Array(head.root) }, { ...signer.key, name: signer.keyName });
  // Two processes may sign the same size at once; either note is valid, the first one stays.
  await db.insert(ledgerCheckpoint).values({ size: head.size, root: head.root, note, signedAt: now }).onConflictDoNothing();
  const [row] = await db.select().from(ledgerCheckpoint).where(eq(ledgerCheckpoint.size, head.size));
  return row;
};

export type CheckpointPolicy = { everySeconds: number; everyLeaves: number };

export const readCheckpointPolicy = (env: NodeJS.ProcessEnv = process.env): CheckpointPolicy => ({
  everySeconds: Math.max(1, Number(env.LEDGER_CHECKPOINT_SECONDS ?? 60)),
  everyLeaves: Math.max(1, Number(env.LEDGER_CHECKPOINT_LEAVES ?? 1_000)),
});

/**
 * Signs a checkpoint every `everySeconds` when the log grew, or sooner once `everyLeaves` new leaves wait;
 * `stop()` signs a last one so a clean shutdown leaves nothing unsigned.
 */
export const startCheckpointer = (db: Db, signer: LedgerSigner, policy: CheckpointPolicy, clock: () => Date, onError: (e: unknown) => void) => {
  let lastSignedAt = 0;
  let running: Promise<unknown> = Promise.resolve();
  const tick = async (force: boolean) => {
    const [head] = await db.select({ size: ledgerHead.size }).from(ledgerHead).where(eq(ledgerHead.id, 1));
    if (!head) return;
    const last = await latestCheckpoint(db);
    const waiting = head.size - (last?.size ?? 0);
    if (waiting <= 0) return;
    const due = force || waiting >= policy.everyLeaves || clock().getTime() - lastSignedAt >= policy.everySeconds * 1000;
    if (!due) return;
    await signHead(db, signer, clock());
    lastSignedAt = clock().getTime();
  };
  const run = (force: boolean) => {
    running = running.then(() => tick(force)).catch(onError);
    return running;
  };
  // Checking often is cheap (two indexed reads); signing happens only when due.
  const timer = setInterval(() => void run(false), Math.min(policy.everySeconds * 1000, 5_000));
  timer.unref();
  return {
    poke: () => void run(false),
    stop: async () => {
      clearInterval(timer);
      await run(true);
    },
  };
};
