import { type Actor, CASE_RULE_LABELS, type CaseRules, checkAccess, NATIONAL_CASE_RULES, notFound } from '@sanxiang/domain';
import { agency, caseRuleSetting, type Db } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import { caseRulesFor } from './perform-act.ts';

const view = async (tx: Db, agencyId: string) => {
  const [stored] = await tx.select().from(caseRuleSetting).where(eq(caseRuleSetting.agencyId, agencyId));
  return { agencyId, rules: await caseRulesFor(tx, agencyId), national: NATIONAL_CASE_RULES, customised: Boolean(stored), labels: CASE_RULE_LABELS };
};

const requireAgency = async (tx: Db, actor: Actor, agencyId: string, action: 'case-rules.read' | 'case-rules.manage') => {
  const [row] = await tx.select({ id: agency.id }).from(agency).where(eq(agency.id, agencyId));
  if (!row || checkAccess(actor, action, { agencyId, unitId: null, handlerAccountIds: [] }) !== 'allow') throw notFound('AGENCY_NOT_FOUND', '没有这个机关');
};

/** The numbers the case procedure uses for an agency: its own where set, the national defaults otherwise. */
export const readCaseRules = async (tx: Db, actor: Actor, agencyId: string) => {
  await requireAgency(tx, actor, agencyId, 'case-rules.read');
  return view(tx, agencyId);
};

/** The system admin sets an agency's numbers (provinces and fields differ); unset keys keep the national default. */
export const saveCaseRules = async (tx: Db, actor: Actor, agencyId: string, rules: Partial<CaseRules>, now: Date) => {
  await requireAgency(tx, actor, agencyId, 'case-rules.manage');
  const [stored] = await tx.select().from(caseRuleSetting).where(eq(caseRuleSetting.agencyId, agencyId));
  const merged = { ...((stored?.rules as Partial<CaseRules>) ?? {}), ...rules };
  await tx
    .insert(caseRuleSetting)
    .values({ agencyId, rules: merged, updatedAt: now, updatedBy: actor.accountId })
    .onConflictDoUpdate({ target: caseRuleSetting.agencyId, set: { rules: merged, updatedAt: now, updatedBy: actor.accountId } });
  return view(tx, agencyId);
};
