import { z } from 'zod';
import { body, page, paged, plainDate, uuid } from '../common.ts';
import { fieldCode } from './agencies.ts';

export const gender = z.enum(['male', 'female']);
export const officerStatus = z.enum(['active', 'suspended', 'revoked']);
export const officerStanding = z
  .enum(['valid', 'expiring', 'expired', 'not-yet-valid', 'suspended', 'revoked'])
  .describe('今天（北京时间）执法证的状态：有效、即将到期（30日内）、已过期、未生效、已暂扣、已吊销');

const changeNote = {
  effectiveOn: plainDate.optional().describe('变更生效日期（北京时间，默认今天；不能晚于今天）'),
  reason: z.string().trim().min(1).max(500).optional(),
};

/** 执法人员 as staff see them: ID number and phone masked, never in full. */
export const officerItem = z.object({
  id: z.string(),
  name: z.string(),
  gender,
  genderLabel: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  post: z.string().nullable(),
  certificateNo: z.string(),
  certificateIssuer: z.string(),
  fields: z.array(z.string()),
  fieldLabels: z.array(z.string()),
  validFrom: z.string(),
  validTo: z.string(),
  status: officerStatus,
  statusLabel: z.string(),
  standing: officerStanding,
  standingLabel: z.string(),
  daysLeft: z.number().int().describe('距有效期最后一天的天数（已过期为负数）'),
  legalQualification: z.boolean().describe('法律职业资格'),
  isLegalReviewer: z.boolean().describe('法制审核人员'),
  idNumberMasked: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  account: z.object({ id: z.string(), username: z.string() }).nullable(),
  isDemo: z.boolean(),
  updatedAt: z.string(),
});
export type OfficerItem = z.infer<typeof officerItem>;

export const officerDetail = officerItem.extend({
  verifyUrl: z.string().describe('亮证核验页地址（二维码内容）；令牌随机生成，不能由人员编号推出'),
  today: plainDate,
});
export type OfficerDetail = z.infer<typeof officerDetail>;

export const listOfficersQuery = page.extend({
  q: z.string().trim().max(64).optional().describe('姓名或执法证号'),
  agencyId: uuid.optional(),
  unitId: uuid.optional(),
  status: officerStatus.optional(),
  standing: officerStanding.optional(),
});
export const officersResponse = paged(officerItem);
export const officerIdParams = z.object({ id: uuid });

const certificate = {
  certificateNo: z.string().trim().min(1, '请填写执法证号').max(40).describe('执法证号：按发证机关登记的原样保存'),
  certificateIssuer: z.string().trim().min(2, '请填写发证机关').max(60),
  validFrom: plainDate,
  validTo: plainDate,
};

export const createOfficerBody = body({
  agencyId: uuid.optional().describe('所属执法主体（系统管理员必填；机关负责人只能是本机关，可省略）'),
  unitId: uuid.optional(),
  name: z.string().trim().min(2, '姓名至少2个字').max(30),
  gender,
  post: z.string().trim().max(40).optional(),
  ...certificate,
  fields: z.array(fieldCode).min(1, '请至少选择一个执法领域').max(10),
  legalQualification: z.boolean().default(false),
  isLegalReviewer: z.boolean().default(false),
  idNumber: z.string().trim().min(1).max(32).optional().describe('居民身份证号：加密保存，任何页面只显示脱敏值'),
  phone: z.string().trim().regex(/^[0-9+\-() ]{5,20}$/, '电话号码格式不正确').optional(),
  accountId: uuid.optional().describe('对应的工作台账户（须为同一机关的账户）'),
  ...changeNote,
});

/** status here is only 正常/暂扣; 吊销 is its own act (POST …/revoke) and is final. */
export const updateOfficerBody = body({
  unitId: uuid.nullable().optional(),
  name: z.string().trim().min(2).max(30).optional(),
  gender: gender.optional(),
  post: z.string().trim().max(40).nullable().optional(),
  certificateNo: certificate.certificateNo.optional(),
  certificateIssuer: certificate.certificateIssuer.optional(),
  validFrom: plainDate.optional(),
  validTo: plainDate.optional(),
  fields: z.array(fieldCode).min(1).max(10).optional(),
  status: z.enum(['active', 'suspended']).optional(),
  legalQualification: z.boolean().optional(),
  isLegalReviewer: z.boolean().optional(),
  idNumber: z.string().trim().min(1).max(32).nullable().optional(),
  phone: z.string().trim().regex(/^[0-9+\-() ]{5,20}$/, '电话号码格式不正确').nullable().optional(),
  accountId: uuid.nullable().optional(),
  ...changeNote,
});

export const revokeOfficerBody = body({
  reason: z.string().trim().min(2, '请写明吊销原因').max(500),
  effectiveOn: changeNote.effectiveOn,
});

export const expiringOfficersQuery = z.object({
  days: z.coerce.number().int().min(1).max(365).default(30).describe('今后多少天内到期（含已过期）'),
  agencyId: uuid.optional(),
});
export const expiringOfficersResponse = z.object({ today: plainDate, days: z.number().int(), items: z.array(officerItem) });

/** What the public sees of an officer (事前公开): no ID number, no phone, no account. */
export const publicOfficerItem = z.object({
  name: z.string(),
  genderLabel: z.string(),
  post: z.string().nullable(),
  agencyId: z.string(),
  agencyName: z.string(),
  unitName: z.string().nullable(),
  certificateNo: z.string(),
  fieldLabels: z.array(z.string()),
  validTo: z.string(),
});
export type PublicOfficerItem = z.infer<typeof publicOfficerItem>;

/** The 亮证 verification page's content. */
export const officerVerification = publicOfficerItem.extend({
  certificateIssuer: z.string(),
  validFrom: z.string(),
  standing: officerStanding,
  standingLabel: z.string().describe('有效 / 已过期 / 已吊销 / 已暂扣 / 未生效'),
  today: plainDate,
});
export type OfficerVerification = z.infer<typeof officerVerification>;
