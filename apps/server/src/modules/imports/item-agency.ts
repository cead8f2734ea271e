import { type Action, type Actor, checkAccess, invalid, scopeFor } from '@sanxiang/domain';
import type { Db } from '@sanxiang/db';
import { loadAgencies } from '../registry/agency-views.ts';

/** The agency a row names, by its registered name; whether the actor may act for it is the use case's to say. */
export const agencyIdByName = async (tx: Db, _actor: Actor, _action: Action, name: string) => {
  const found = (await loadAgencies(tx)).find((a) => a.name === name);
  if (!found) throw invalid('AGENCY_NOT_FOUND', `没有名为“${name}”的执法主体`);
  return found.id;
};

/**
 * The item a row's 事项编码 already names in its agency, looked up only where the actor may manage that agency's
 * list: elsewhere the row goes to the create use case, which refuses it without telling what exists there.
 */
export const existingItem = async <T>(tx: Db, actor: Actor, action: Action, agencyId: string | undefined, find: (agencyId: string) => Promise<T | undefined>) => {
  const owner = agencyId ?? (scopeFor(actor.roles, action) === 'global' ? undefined : actor.agencyId);
  if (!owner || checkAccess(actor, action, { agencyId: owner }) !== 'allow') return undefined;
  return find(owner);
};
