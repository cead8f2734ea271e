import { type Action, type Actor, checkAccess, conflict, invalid, notFound, scopeFor } from '@sanxiang/domain';
import { agency, type Db, region } from '@sanxiang/db';
import { eq } from 'drizzle-orm';

export type AgencyRef = { id: string; name: string; regionName: string; regionLevel: string };

/**
 * The agency a new list entry belongs to: the one named (the system admin must name one) or the actor's own,
 * provided the actor's scope for the action reaches it; otherwise it does not exist for them (404).
 */
export const agencyForNew = async (tx: Db, actor: Actor, action: Action, agencyId: string | undefined): Promise<AgencyRef> => {
  if (!agencyId && scopeFor(actor.roles, action) === 'global') throw invalid('AGENCY_REQUIRED', '请选择所属的执法主体', { field: 'agencyId' });
  return agencyInScope(tx, actor, action, agencyId ?? actor.agencyId);
};

export const agencyInScope = async (tx: Db, actor: Actor, action: Action, agencyId: string): Promise<AgencyRef> => {
  const [row] = await tx
    .select({ id: agency.id, name: agency.name, regionName: region.name, regionLevel: region.level })
    .from(agency)
    .innerJoin(region, eq(region.id, agency.regionId))
    .where(eq(agency.id, agencyId));
  if (!row || checkAccess(actor, action, { agencyId }) !== 'allow') throw notFound('AGENCY_NOT_FOUND', '没有这个执法主体');
  return row;
};

export const isUniqueViolation = (e: unknown): boolean => {
  for (let c: unknown = e; c && typeof c === 'object'; c = (c as { cause?: unknown }).cause) {
    if ((c as { code?: unknown }).code === '23505') return true;
  }
  return false;
};

export const codeTaken = (code: string, agencyName: string) =>
  conflict('ITEM_CODE_TAKEN', `${agencyName}已有编码为“${code}”的事项（含已取消的事项），请换一个编码`, { field: 'code' });
