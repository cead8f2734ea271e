import { z } from 'zod';
import { uuid } from '../common.ts';

export const partyParams = z.object({ id: uuid });
export const partyQuery = z.object({ reveal: z.enum(['true', 'false']).optional().describe('true：显示完整证件号和电话（需相应权限，记入审计）') });
export const partyDetail = z.object({
  id: z.string(),
  kind: z.enum(['person', 'organization']),
  name: z.string(),
  creditCode: z.string().nullable(),
  idNumber: z.string().nullable().describe('默认脱敏，如 370***********1234'),
  phone: z.string().nullable(),
  revealed: z.boolean(),
  birthDate: z.string().nullable(),
  minor: z.boolean().describe('未满十八周岁（处罚法 第三十条），不得公开'),
  address: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
});
