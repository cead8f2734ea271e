import type { CaseState, DraftPenaltyLine, WorkingCalendar } from '@sanxiang/domain';
import { caseEvent, caseFile, type Db, enforcementItem, party } from '@sanxiang/db';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { prepareDisclosure } from '../disclosure/prepare-disclosure.ts';
import { partyIsMinor } from './acts/party-of.ts';

/**
 * A penalty decision is prepared for the portal in the transaction that makes it (公示: within 7 working days, the
 * disclosure module keeps the deadline and the officer approves the redacted record). No-penalty decisions are not
 * published here; a minor party is never published (the disclosure module refuses and says why).
 */
export const discloseDecision = async (tx: Db, caseId: string, calendar: WorkingCalendar, now: Date, actorAccountId: string) => {
  const [row] = await tx.select().from(caseFile).where(eq(caseFile.id, caseId));
  const state = (row.state ?? {}) as CaseState;
  if (!row.decisionNumber || !row.decidedOn || !row.partyId || state.decision?.outcome !== 'penalty') return null;
  const [p] = await tx.select().from(party).where(eq(party.id, row.partyId));
  const [item] = row.itemId ? await tx.select({ name: enforcementItem.name }).from(enforcementItem).where(eq(enforcementItem.id, row.itemId)) : [];
  const [decided] = await tx
    .select({ payload: caseEvent.payload })
    .from(caseEvent)
    .where(and(eq(caseEvent.caseId, caseId), inArray(caseEvent.type, ['decided', 'decided-on-the-spot'])))
    .orderBy(desc(caseEvent.seq))
    .limit(1);
  const d = decided.payload as { facts: string; violatedProvisions: string; penaltyBasis: string; penaltyText: string; penalties?: DraftPenaltyLine[] };
  const confiscationFen = (d.penalties ?? []).filter((x) => x.kind.startsWith('confiscate')).reduce((s, x) => s + (x.amountFen ?? 0), 0);
  return prepareDisclosure(
    tx,
    {
      agencyId: row.agencyId,
      caseId,
      kind: 'penalty',
      documentNumber: row.decisionNumber,
      decisionDate: row.decidedOn,
      party: { name: p.name, kind: p.kind as 'person' | 'organization', creditCode: p.creditCode, minor: partyIsMinor(p.birthDate, row.decidedOn) },
      category: item?.name ?? row.title,
      violation: d.violatedProvisions,
      basis: d.penaltyBasis,
      content: d.penaltyText,
      fineFen: Number(row.fineFen) || null,
      confiscationFen: confiscationFen || null,
      summary: d.facts,
    },
    calendar,
    { now, actorAccountId },
  );
};
