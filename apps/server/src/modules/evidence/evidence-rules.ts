import { NATIONAL_RETENTION_TABLE, NATIONAL_RETRIEVAL_RULES, type RetentionTable, type RetrievalRules } from '@sanxiang/domain';
import { type Db, setting } from '@sanxiang/db';
import { eq } from 'drizzle-orm';

export const EVIDENCE_RULES_SETTING = 'evidence.rules';

export type EvidenceRules = { retention: RetentionTable; retrieval: RetrievalRules };

export const NATIONAL_EVIDENCE_RULES: EvidenceRules = { retention: NATIONAL_RETENTION_TABLE, retrieval: NATIONAL_RETRIEVAL_RULES };

/**
 * The retention table and 调阅 numbers in force: the national default unless the system admin stored a
 * province's own (setting `evidence.rules`). Read before a transaction or with its `tx`.
 */
export const readEvidenceRules = async (db: Db): Promise<EvidenceRules> => {
  const [row] = await db.select({ value: setting.value }).from(setting).where(eq(setting.key, EVIDENCE_RULES_SETTING));
  if (!row) return NATIONAL_EVIDENCE_RULES;
  const stored = JSON.parse(row.value) as Partial<EvidenceRules>;
  return {
    retention: { ...NATIONAL_RETENTION_TABLE, ...stored.retention, months: { ...NATIONAL_RETENTION_TABLE.months, ...stored.retention?.months } },
    retrieval: { ...NATIONAL_RETRIEVAL_RULES, ...stored.retrieval },
  };
};

/** 证据规则设置 (system admin): stored whole; the change is audited by the route. */
export const saveEvidenceRules = async (tx: Db, rules: EvidenceRules, now: Date) => {
  const value = JSON.stringify(rules);
  await tx.insert(setting).values({ key: EVIDENCE_RULES_SETTING, value, updatedAt: now }).onConflictDoUpdate({ target: setting.key, set: { value, updatedAt: now } });
  return rules;
};
