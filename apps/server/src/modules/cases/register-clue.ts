import { type Actor, CASE_SOURCE_LABELS, type CaseSource, chinaDateOf, invalid, yearOf } from '@sanxiang/domain';
import { account, agency, caseFile, caseHandler, type Db, party } from '@sanxiang/db';
import { eq, inArray } from 'drizzle-orm';
import { formatDocumentNumber, nextSequence } from '../numbering/next-number.ts';
import { appendCaseEvent } from './case-events.ts';
import { requireEligibleHandlers } from './eligible-officers.ts';

export type RegisterClueInput = {
  title: string;
  source: CaseSource;
  sourceDetail?: string;
  description: string;
  partyId?: string;
  occurredOn?: string;
  place?: string;
  coHandlerAccountIds: string[];
};

/**
 * 案源登记: the first entry of a case's record. The registering officer leads; co-handlers are officers of
 * the same agency. Everyone named must hold a valid certificate today (处罚法 第四十二条).
 */
export const registerClue = async (tx: Db, actor: Actor, input: RegisterClueInput, now: Date) => {
  const today = chinaDateOf(now);
  if (input.occurredOn && input.occurredOn > today) throw invalid('OCCURRED_IN_FUTURE', '违法行为发生日不能晚于今天');
  const handlers = [actor.accountId, ...input.coHandlerAccountIds.filter((id) => id !== actor.accountId)];
  if (new Set(handlers).size !== handlers.length) throw invalid('HANDLER_DUPLICATE', '承办人重复');
  await requireEligibleHandlers(tx, actor.agencyId, handlers, now);
  let partyName: string | null = null;
  if (input.partyId) {
    const [p] = await tx.select({ name: party.name }).from(party).where(eq(party.id, input.partyId));
    if (!p) throw invalid('PARTY_NOT_FOUND', '当事人不存在');
    partyName = p.name;
  }
  // The record keeps the names as they were, so it reads the same after people leave or parties are renamed.
  const names = await tx.select({ id: account.id, name: account.displayName }).from(account).where(inArray(account.id, handlers));
  const [ag] = await tx.select().from(agency).where(eq(agency.id, actor.agencyId));
  const [me] = await tx.select({ name: account.displayName }).from(account).where(eq(account.id, actor.accountId));
  const year = yearOf(today);
  const clueNumber = formatDocumentNumber(ag.shortName, '案源', year, await nextSequence(tx, ag.id, 'clue', year));

  const [created] = await tx
    .insert(caseFile)
    .values({
      agencyId: ag.id,
      unitId: actor.unitId,
      clueNumber,
      title: input.title,
      status: 'clue',
      source: input.source,
      partyId: input.partyId ?? null,
      occurredOn: input.occurredOn ?? null,
      registeredAt: now,
      updatedAt: now,
    })
    .returning();
  await tx.insert(caseHandler).values(handlers.map((accountId, i) => ({ caseId: created.id, accountId, role: i === 0 ? 'lead' : 'assistant' })));
  await appendCaseEvent(tx, {
    caseId: created.id,
    type: 'clue-registered',
    at: now,
    actorAccountId: actor.accountId,
    actorName: me.name,
    place: input.place ?? null,
    payload: {
      clueNumber,
      title: input.title,
      source: input.source,
      sourceLabel: CASE_SOURCE_LABELS[input.source],
      sourceDetail: input.sourceDetail ?? null,
      description: input.description,
      partyId: input.partyId ?? null,
      partyName,
      occurredOn: input.occurredOn ?? null,
      handlers,
      handlerNames: handlers.map((id) => names.find((n) => n.id === id)?.name ?? null),
    },
  });
  return created;
};
