import { invalid } from '../errors/domain-error.ts';

/** 执法主体的类别: 法定 (by law), 授权 (authorised by a law or regulation), 委托 (entrusted by another agency). */
export const AGENCY_KINDS = ['statutory', 'authorized', 'entrusted'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];
export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = { statutory: '法定行政机关', authorized: '法律法规授权组织', entrusted: '受委托组织' };

export const AGENCY_LEVELS = ['province', 'city', 'county', 'township'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];
export const AGENCY_LEVEL_LABELS: Record<AgencyLevel, string> = { province: '省级', city: '市级', county: '县级', township: '乡镇（街道）' };

/**
 * 处罚法 第二十条: an entrusted organisation acts in the name of the entrusting agency and may not entrust
 * further. So an entrusted agency names its entrusting agency, only an entrusted one does, and the entrusting
 * agency is itself not an entrusted one. (The database's agency_entrusted_check holds the first two as well.)
 */
export const checkEntrustment = (input: {
  selfId?: string;
  kind: AgencyKind;
  entrustingAgencyId: string | null | undefined;
  entrusting?: { id: string; kind: string } | null;
}): void => {
  if (input.kind === 'entrusted') {
    if (!input.entrustingAgencyId) throw invalid('ENTRUSTING_AGENCY_REQUIRED', '受委托组织须写明委托机关');
    if (input.entrustingAgencyId === input.selfId) throw invalid('ENTRUSTING_AGENCY_INVALID', '委托机关不能是本机关');
    if (!input.entrusting) throw invalid('ENTRUSTING_AGENCY_NOT_FOUND', '委托机关不存在');
    if (input.entrusting.kind === 'entrusted') {
      throw invalid('ENTRUSTING_AGENCY_INVALID', '受委托组织不得再委托其他组织实施行政处罚（行政处罚法第二十条）');
    }
    return;
  }
  if (input.entrustingAgencyId) throw invalid('ENTRUSTING_AGENCY_NOT_ALLOWED', '只有受委托组织才填写委托机关');
};

/**
 * Would making `parentId` the parent of `id` close a loop? Walks up from the new parent through the current
 * parents; reaching `id` (or a loop already there) is a cycle. Returns the loop, starting at `id`, or null.
 */
export const parentCycle = (id: string, parentId: string | null | undefined, parentOf: ReadonlyMap<string, string | null>): string[] | null => {
  if (!parentId) return null;
  const path = [id];
  const seen = new Set([id]);
  let at: string | null | undefined = parentId;
  while (at) {
    path.push(at);
    if (seen.has(at)) return path;
    seen.add(at);
    at = parentOf.get(at);
  }
  return null;
};
