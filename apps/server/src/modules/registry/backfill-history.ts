import { chinaDateOf } from '@sanxiang/domain';
import { agency, agencyUnit, type Db, officer, registryChange } from '@sanxiang/db';
import { and, eq, notExists, sql } from 'drizzle-orm';
import { snapshotOf } from './agency-checks.ts';
import { unitSnapshot } from './agency-views.ts';
import { currentSnapshot } from './officer-views.ts';
import { type EntityType, recordChange } from './registry-history.ts';

const REASON = '初始登记（变更历史启用前已在册）';

const noHistory = (db: Db, type: EntityType, id: typeof agency.id | typeof agencyUnit.id | typeof officer.id) =>
  notExists(db.select({ one: sql`1` }).from(registryChange).where(and(eq(registryChange.entityType, type), eq(registryChange.entityId, id))));

/**
 * Agencies, units and officers registered before the registry history existed (or by the demo loader) get their
 * registration as the first row of their history, effective the day they were registered. Runs at start-up and
 * does nothing once every entity has a history.
 */
export const backfillRegistryHistory = async (db: Db, now: Date) => {
  // Never later than today by the application's clock (rows inserted with the database's now() may be ahead of it).
  const registeredOn = (at: Date) => [chinaDateOf(at), chinaDateOf(now)].sort()[0];
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    let added = 0;
    const agencies = await tx.select().from(agency).where(noHistory(tx, 'agency', agency.id));
    for (const a of agencies) {
      await recordChange(tx, { entityType: 'agency', entityId: a.id, kind: 'create', effectiveOn: registeredOn(a.createdAt), changedAt: now, changedBy: null, reason: REASON, before: null, after: await snapshotOf(tx, a) });
      added++;
    }
    const units = await tx.select({ u: agencyUnit, a: agency }).from(agencyUnit).innerJoin(agency, eq(agency.id, agencyUnit.agencyId)).where(noHistory(tx, 'agency_unit', agencyUnit.id));
    for (const { u, a } of units) {
      await recordChange(tx, { entityType: 'agency_unit', entityId: u.id, kind: 'create', effectiveOn: registeredOn(a.createdAt), changedAt: now, changedBy: null, reason: REASON, before: null, after: unitSnapshot(u, a.name) });
      added++;
    }
    const officers = await tx.select({ id: officer.id, createdAt: officer.createdAt }).from(officer).where(noHistory(tx, 'officer', officer.id));
    for (const o of officers) {
      await recordChange(tx, { entityType: 'officer', entityId: o.id, kind: 'create', effectiveOn: registeredOn(o.createdAt), changedAt: now, changedBy: null, reason: REASON, before: null, after: await currentSnapshot(tx, o.id) });
      added++;
    }
    return added;
  });
};
