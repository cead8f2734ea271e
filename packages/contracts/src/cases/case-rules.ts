import { z } from 'zod';
import { body, uuid } from '../common.ts';

const fen = z.number().int('金额以分为单位，应为整数').min(0).max(100_000_000_000);

export const caseRulesShape = {
  statementWorkingDays: z.number().int().min(3, '陈述申辩期限不少于3个工作日').max(30),
  hearingFineFen: z.strictObject({ person: fen.min(1), organization: fen.min(1) }),
  hearingConfiscationFen: fen.min(1),
  decisionExtensionDays: z.number().int().min(0).max(180),
  decisionExtensionsAllowed: z.number().int().min(0).max(5),
  simpleFilingWorkingDays: z.number().int().min(1).max(30),
};
export const caseRules = z.object(caseRulesShape);
export const caseRulesQuery = z.object({ agencyId: uuid.optional().describe('默认本机关') });
export const caseRulesResponse = z.object({
  agencyId: z.string(),
  rules: caseRules,
  national: caseRules,
  customised: z.boolean(),
  labels: z.record(z.string(), z.object({ label: z.string(), basis: z.string() })),
});
export const saveCaseRulesBody = body({ agencyId: uuid, rules: z.strictObject(caseRulesShape).partial() });
