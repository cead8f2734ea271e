import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from '@sanxiang/domain';
import { type Db, setting } from '@sanxiang/db';
import { eq } from 'drizzle-orm';

const KEY = 'password_policy';

/** The password, lockout and session policy: a setting the security admin edits; defaults until then. */
export type PolicyStore = { current: () => Promise<PasswordPolicy>; save: (db: Db, policy: PasswordPolicy) => Promise<void> };

export const createPolicyStore = (db: Db): PolicyStore => {
  let cached: PasswordPolicy | undefined;
  return {
    current: async () => {
      if (cached) return cached;
      const [row] = await db.select().from(setting).where(eq(setting.key, KEY));
      cached = row ? { ...DEFAULT_PASSWORD_POLICY, ...(JSON.parse(row.value) as Partial<PasswordPolicy>) } : DEFAULT_PASSWORD_POLICY;
      return cached;
    },
    save: async (tx, policy) => {
      const value = JSON.stringify(policy);
      await tx.insert(setting).values({ key: KEY, value }).onConflictDoUpdate({ target: setting.key, set: { value, updatedAt: new Date() } });
      cached = policy;
    },
  };
};
