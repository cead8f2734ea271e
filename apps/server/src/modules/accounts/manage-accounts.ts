import { randomInt } from 'node:crypto';
import { ALL_ROLES, checkRoleCombination, conflict, invalid, normalizeUsername, notFound, type Role, USERNAME_PATTERN } from '@sanxiang/domain';
import { account, accountRole, agency, agencyUnit, type Db } from '@sanxiang/db';
import { and, eq } from 'drizzle-orm';
import { hashPassword } from '../../security/passwords.ts';
import { revokeAllSessions } from '../auth/sessions.ts';
import { getAccountView } from './account-views.ts';

const ALPHABET = { lower: 'abcdefghijkmnpqrstuvwxyz', upper: 'ABCDEFGHJKLMNPQRSTUVWXYZ', digit: '23456789', symbol: '!@#$%^&*-_=+' };

/** A one-time password from all four classes (readable: no 0/O, 1/l/I), shown once and changed at first login. */
export const oneTimePassword = (length = 16): string => {
  const all = Object.values(ALPHABET).join('');
  const chars = Object.values(ALPHABET).map((set) => set[randomInt(set.length)]);
  while (chars.length < length) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
};

export const requireAccount = async (db: Db, id: string) => {
  const view = await getAccountView(db, id);
  if (!view) throw notFound('ACCOUNT_NOT_FOUND', '没有这个账户');
  return view;
};

export const createAccount = async (
  db: Db,
  input: { username: string; displayName: string; agencyId: string; unitId?: string; roles?: Role[]; isDemo?: boolean; passwordHash?: string },
) => {
  const username = normalizeUsername(input.username);
  if (!USERNAME_PATTERN.test(username)) throw invalid('USERNAME_INVALID', '用户名只能包含字母、数字、点、下划线和连字符，2至48位，以字母或数字开头');
  const [ag] = await db.select({ id: agency.id }).from(agency).where(eq(agency.id, input.agencyId));
  if (!ag) throw invalid('AGENCY_NOT_FOUND', '所属机关不存在');
  if (input.unitId) {
    const [unit] = await db.select().from(agencyUnit).where(and(eq(agencyUnit.id, input.unitId), eq(agencyUnit.agencyId, input.agencyId)));
    if (!unit) throw invalid('UNIT_NOT_IN_AGENCY', '所属机构不属于该机关');
  }
  const [existing] = await db.select({ id: account.id }).from(account).where(eq(account.username, username));
  if (existing) throw conflict('USERNAME_TAKEN', `用户名“${username}”已被使用（用户名不区分大小写和全角半角）`);
  const password = oneTimePassword();
  const [created] = await db
    .insert(account)
    .values({
      username,
      displayName: input.displayName,
      agencyId: input.agencyId,
      unitId: input.unitId ?? null,
      passwordHash: input.passwordHash ?? (await hashPassword(password)),
      mustChangePassword: !input.passwordHash,
      isDemo: input.isDemo ?? false,
    })
    .returning({ id: account.id });
  if (input.roles?.length) await setRoles(db, created.id, input.roles);
  return { account: await requireAccount(db, created.id), initialPassword: password };
};

/** Replaces an account's roles. The database refuses two admin roles too; this check only explains it first. */
export const setRoles = async (db: Db, accountId: string, roles: Role[]) => {
  const unique = [...new Set(roles)];
  const unknown = unique.filter((r) => !ALL_ROLES.includes(r));
  if (unknown.length) throw invalid('ROLE_UNKNOWN', `未知角色：${unknown.join('、')}`);
  const combination = checkRoleCombination(unique);
  if (!combination.ok) throw conflict('ADMIN_ROLES_EXCLUSIVE', combination.reason);
  await db.delete(accountRole).where(eq(accountRole.accountId, accountId));
  if (unique.length) await db.insert(accountRole).values(unique.map((role) => ({ accountId, role })));
};

export const updateAccount = async (db: Db, id: string, patch: { displayName?: string; status?: 'active' | 'disabled' }, now: Date) => {
  await requireAccount(db, id);
  if (Object.keys(patch).length === 0) throw invalid('NOTHING_TO_UPDATE', '没有要修改的内容');
  await db.update(account).set(patch).where(eq(account.id, id));
  if (patch.status === 'disabled') await revokeAllSessions(db, id, now, 'account-disabled');
  return requireAccount(db, id);
};

export const unlockAccount = async (db: Db, id: string) => {
  await requireAccount(db, id);
  await db.update(account).set({ failedLogins: 0, lockedUntil: null }).where(eq(account.id, id));
  return requireAccount(db, id);
};

/** The security admin resets a lost authenticator: the account must enrol again at next login. */
export const resetSecondFactor = async (db: Db, id: string, now: Date) => {
  await requireAccount(db, id);
  await db.update(account).set({ totpEnabled: false, totpSecretCipher: null, totpLastStep: null }).where(eq(account.id, id));
  await revokeAllSessions(db, id, now, 'second-factor-reset');
  return requireAccount(db, id);
};
