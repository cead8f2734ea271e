import { chinaDateOf, type PublicDecision } from '@sanxiang/domain';
import { agency, type Database, type Db, disclosureEvent, disclosureRecord } from '@sanxiang/db';
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { DisclosureReader, PortalDecision } from '@sanxiang/portal/pages/disclosure-reader';
import { PUBLIC_DISCLOSURE_EVENT_TYPES } from '../ledger/leaf-kinds.ts';
import { latestStatistics, statisticsYears } from './annual-statistics.ts';
import { publicDecisionOf } from './disclosure-record.ts';
import { anyExpiredDisclosure, expireDisclosures } from './publish-disclosure.ts';

const PUBLIC_STATUSES = ['published', 'withdrawn', 'expired', 'removed'];

/**
 * Records past their display period are taken off lazily: before a portal read, once per Beijing day and
 * process, expired ones are moved to `expired` (a job may do the same; the check is cheap and idempotent).
 */
export const lazyExpiry = (database: Database, clock: () => Date) => {
  let checkedOn = '';
  return async () => {
    const today = chinaDateOf(clock());
    if (checkedOn === today) return;
    if (await anyExpiredDisclosure(database.db, today)) {
      await database.db.transaction(async (tx) => {
        await expireDisclosures(tx as unknown as Db, today, clock());
      });
    }
    checkedOn = today;
  };
};

/** The portal's disclosure pages read through this: only records that went public, only their public fields. */
export const disclosureReaderFor = (database: Database, clock: () => Date, publicBaseUrl?: string): DisclosureReader => {
  const { db } = database;
  const expire = lazyExpiry(database, clock);
  return {
    publicBaseUrl,
    decisions: async ({ page, pageSize }) => {
      await expire();
      const where = eq(disclosureRecord.status, 'published');
      const [{ n }] = await db.select({ n: count() }).from(disclosureRecord).where(where);
      const rows = await db
        .select({ record: disclosureRecord, agencyName: agency.name })
        .from(disclosureRecord)
        .innerJoin(agency, eq(agency.id, disclosureRecord.agencyId))
        .where(where)
        .orderBy(desc(disclosureRecord.publishedAt), desc(disclosureRecord.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      return {
        items: rows.map(({ record: r, agencyName }) => ({
          id: r.id,
          agencyName,
          kind: r.kind as PublicDecision['kind'],
          documentNumber: r.documentNumber,
          decisionDate: r.decisionDate,
          partyName: r.partyName,
          category: r.category,
          content: r.content,
          publishedAt: r.publishedAt?.toISOString() ?? null,
        })),
        total: Number(n),
        page,
        pageSize,
      };
    },
    decision: async (id) => {
      await expire();
      const [hit] = await db
        .select({ record: disclosureRecord, agencyName: agency.name })
        .from(disclosureRecord)
        .innerJoin(agency, eq(agency.id, disclosureRecord.agencyId))
        .where(and(eq(disclosureRecord.id, id), inArray(disclosureRecord.status, PUBLIC_STATUSES)));
      // A record withdrawn before it ever went public has no public life: it answers like one that never existed.
      if (!hit || !hit.record.publishedAt) return null;
      const events = await db
        .select({ id: disclosureEvent.id, type: disclosureEvent.type })
        .from(disclosureEvent)
        .where(and(eq(disclosureEvent.recordId, id), inArray(disclosureEvent.type, PUBLIC_DISCLOSURE_EVENT_TYPES)))
        .orderBy(desc(disclosureEvent.seq));
      const r = hit.record;
      const publication = events.find((e) => e.type === 'published');
      const end = events.find((e) => e.type !== 'published');
      return {
        ...publicDecisionOf(r, hit.agencyName),
        id: r.id,
        agencyId: r.agencyId,
        status: r.status as PortalDecision['status'],
        publishedAt: r.publishedAt?.toISOString() ?? null,
        withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
        withdrawalReason: r.status === 'withdrawn' ? r.withdrawalReason : null,
        removedAt: r.removedAt?.toISOString() ?? null,
        displayEndsOn: r.displayEndsOn,
        publicationLeafId: publication ? String(publication.id) : null,
        endLeafId: end ? String(end.id) : null,
      };
    },
    statistics: async (year) => {
      const row = await latestStatistics(db, year);
      return row ? { id: row.id, year: row.year, publishedAt: row.publishedAt.toISOString(), figures: row.figures } : null;
    },
    statisticsYears: () => statisticsYears(db),
  };
};
