import { type PasswordPolicy, type Role } from '@sanxiang/domain';
import { account, accountRole, agency, agencyUnit, type Db } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import type { SessionInfo } from '../../http/request-context.ts';

export const describeMe = async (db: Db, accountId: string, s: SessionInfo, policy: PasswordPolicy) => {
  const [row] = await db
    .select({ a: account, agency, unit: agencyUnit })
    .from(account)
    .innerJoin(agency, eq(agency.id, account.agencyId))
    .leftJoin(agencyUnit, eq(agencyUnit.id, account.unitId))
    .where(eq(account.id, accountId));
  const roles = await db.select({ role: accountRole.role }).from(accountRole).where(eq(accountRole.accountId, accountId));
  return {
    account: {
      id: row.a.id,
      username: row.a.username,
      displayName: row.a.displayName,
      roles: roles.map((r) => r.role as Role),
      agency: { id: row.agency.id, name: row.agency.name, shortName: row.agency.shortName },
      unit: row.unit ? { id: row.unit.id, name: row.unit.name } : null,
      totpEnabled: row.a.totpEnabled,
    },
    session: { stage: s.stage, expiresAt: s.expiresAt.toISOString(), idleTimeoutMinutes: policy.idleTimeoutMinutes },
    passwordRules: { minLength: policy.minLength, minClasses: policy.minClasses },
    passwordChangeRequired: s.passwordChangeRequired,
    csrfToken: s.csrfToken,
  };
};
