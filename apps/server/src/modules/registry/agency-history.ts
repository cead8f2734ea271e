import { agencyUnit, type Db } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import { historyOf } from './registry-history.ts';

/** An agency's history with its units' (a unit's change is a change of what the agency discloses), newest first. */
export const agencyHistory = async (db: Db, agencyId: string) => {
  const units = await db.select({ id: agencyUnit.id }).from(agencyUnit).where(eq(agencyUnit.agencyId, agencyId));
  const all = await historyOf(db, 'agency', agencyId);
  // One after another: inside a transaction the queries share one connection.
  for (const u of units) all.push(...(await historyOf(db, 'agency_unit', u.id)));
  return { items: all.sort((a, b) => b.changedAt.localeCompare(a.changedAt) || b.id - a.id) };
};
