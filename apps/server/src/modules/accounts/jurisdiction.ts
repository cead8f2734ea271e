import { agency, type Db, rowsOf } from '@sanxiang/db';
import { eq, sql } from 'drizzle-orm';

/** Agencies a supervising agency (司法局) watches: every agency in its region and the regions below it. */
export const jurisdictionOf = async (db: Db, supervisorAgencyId: string): Promise<Set<string>> => {
  const [sup] = await db.select({ regionId: agency.regionId }).from(agency).where(eq(agency.id, supervisorAgencyId));
  if (!sup) return new Set();
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`with recursive r(id) as (
          select id from region where id = ${sup.regionId}
          union all
          select region.id from region join r on region.parent_id = r.id
        )
        select agency.id from agency where agency.region_id in (select id from r)`,
  );
  return new Set(rows.map((r) => r.id));
};
