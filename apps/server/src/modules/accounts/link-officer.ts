import { account, type Db } from '@sanxiang/db';
import { and, eq, ne } from 'drizzle-orm';

/**
 * Makes `accountId` the console account of `officerId` (or, with null, leaves the officer without one). The
 * registry module decides who may be linked; this only keeps account.officer_id, which this module owns.
 */
export const linkOfficerAccount = async (tx: Db, officerId: string, accountId: string | null) => {
  await tx
    .update(account)
    .set({ officerId: null })
    .where(accountId ? and(eq(account.officerId, officerId), ne(account.id, accountId)) : eq(account.officerId, officerId));
  if (accountId) await tx.update(account).set({ officerId }).where(eq(account.id, accountId));
};
