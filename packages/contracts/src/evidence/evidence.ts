import { EVIDENCE_KINDS, RETENTION_CLASSES } from '@sanxiang/domain';
import { z } from 'zod';
import { body, page, paged, uuid } from '../common.ts';

export const evidenceKind = z.enum(EVIDENCE_KINDS);
export const retentionClassSchema = z.enum(RETENTION_CLASSES);

/**
 * What an upload carries in tus `Upload-Metadata` (base64 values): the case, the kind and the facts of
 * collection (who, when, where, how, which device). Decoded and checked before anything is stored.
 */
export const evidenceUploadMeta = z.strictObject({
  caseId: uuid,
  kind: evidenceKind,
  title: z.string().trim().min(2, '证据名称至少2个字').max(200),
  filename: z.string().min(1).max(1_000).describe('上传时的文件名，仅作记录，不用作存储路径'),
  filetype: z.string().max(200).optional().describe('浏览器声明的类型；不被采信，以文件内容为准'),
  description: z.string().trim().max(2_000).optional(),
  collectedAt: z.iso.datetime({ offset: true }).optional(),
  collectedByName: z.string().trim().max(100).optional(),
  collectedPlace: z.string().trim().max(200).optional(),
  latitude: z.coerce.number().min(-90).max(90).optional(),
  longitude: z.coerce.number().min(-180).max(180).optional(),
  method: z.string().trim().max(100).optional().describe('取证方式：拍摄、录音录像、复制、提取、调取……'),
  deviceId: z.string().trim().max(100).optional().describe('执法记录仪等设备编号'),
  restricted: z.enum(['true', 'false']).optional().describe('限制调阅（涉及未成年人、个人隐私等）'),
  redactionOf: uuid.optional().describe('本文件是同案另一证据的遮蔽（打码）副本时，原证据的编号'),
});
export type EvidenceUploadMeta = z.infer<typeof evidenceUploadMeta>;

export const evidenceUploadParams = z.object({ id: uuid });
export const evidenceIdParams = z.object({ id: uuid });
export const evidenceCaseParams = z.object({ caseId: uuid });
export const retrievalEventParams = z.object({ eventId: z.coerce.number().int().positive() });

export const evidenceUploadStatus = z.object({
  id: z.string(),
  length: z.number(),
  offset: z.number(),
  status: z.enum(['open', 'complete', 'refused']),
  evidenceId: z.string().nullable(),
});

export const evidenceItem = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: evidenceKind,
  kindLabel: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  fileName: z.string(),
  mediaType: z.string(),
  mediaTypeLabel: z.string(),
  size: z.number(),
  sm3: z.string(),
  sha256: z.string(),
  collectedAt: z.string().nullable(),
  collectedByName: z.string().nullable(),
  collectedPlace: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  method: z.string().nullable(),
  deviceId: z.string().nullable(),
  restricted: z.boolean(),
  ingestedAt: z.string(),
  retentionClass: retentionClassSchema,
  retentionLabel: z.string(),
  keepUntil: z.string().nullable(),
  legalHold: z.boolean(),
  mediaState: z.string(),
  durationMs: z.number().nullable(),
  hasPoster: z.boolean(),
  /** In a case's list: whether the reader may open the content now, or what is still needed (调阅). */
  readAccess: z.enum(['open', 'needs-purpose', 'needs-approval']).optional(),
});
export type EvidenceItemView = z.infer<typeof evidenceItem>;

export const caseEvidenceResponse = z.object({
  caseId: z.string(),
  caseTitle: z.string(),
  caseNumber: z.string().nullable(),
  clueNumber: z.string(),
  /** handler: reads freely; purpose: a stated purpose covers reads until purposeExpiresAt; needs-purpose: state one first. */
  access: z.enum(['handler', 'purpose', 'needs-purpose']),
  purposeExpiresAt: z.string().nullable(),
  mayUpload: z.boolean(),
  items: z.array(evidenceItem),
});

export const custodyEvent = z.object({
  id: z.number(),
  evidenceId: z.string().nullable(),
  type: z.string(),
  typeLabel: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  basis: z.string().nullable(),
  purpose: z.string().nullable(),
  refEventId: z.number().nullable(),
  payload: z.record(z.string(), z.unknown()),
  leafIndex: z.number().nullable(),
});
export const custodyResponse = z.object({ items: z.array(custodyEvent) });

export const statePurposeBody = body({ purpose: z.string().trim().min(1).max(500).describe('调阅事由') });
export const purposeResponse = z.object({ eventId: z.number(), expiresAt: z.string() });

export const retrievalRequestBody = body({ purpose: z.string().trim().min(1).max(500) });
export const partyRequestBody = body({
  applicantName: z.string().trim().min(2).max(100).describe('申请人（当事人或其代理人）'),
  reason: z.string().trim().min(4).max(1_000),
  evidenceIds: z.array(uuid).min(1).max(200),
});
export const retrievalDecisionBody = body({ approve: z.boolean(), note: z.string().trim().max(500).optional() });

export const retrievalRequest = z.object({
  eventId: z.number(),
  kind: z.enum(['staff', 'party']),
  caseId: z.string(),
  caseTitle: z.string(),
  evidenceIds: z.array(z.string()),
  evidenceTitles: z.array(z.string()),
  requesterName: z.string().nullable(),
  applicantName: z.string().nullable(),
  purpose: z.string().nullable(),
  at: z.string(),
  status: z.enum(['pending', 'approved', 'refused']),
  decidedByName: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export const retrievalRequestsQuery = z.object({ status: z.enum(['pending', 'approved', 'refused', 'all']).default('pending') });
export const retrievalRequestsResponse = z.object({ items: z.array(retrievalRequest) });

export const evidenceRetentionBody = body({ retentionClass: retentionClassSchema, reason: z.string().trim().min(2).max(500) });
export const evidenceLegalHoldBody = body({ hold: z.boolean(), reason: z.string().trim().min(2).max(500) });
export const evidenceDeletionBody = body({ reason: z.string().trim().min(2).max(500) });
export const evidenceDeletionResponse = z.object({
  eventId: z.number(),
  outcome: z.enum(['queued', 'refused']),
  code: z.string().nullable(),
  message: z.string(),
});

export const retrievableCasesQuery = z.object({ q: z.string().trim().max(100).optional() });
export const retrievableCasesResponse = z.object({
  items: z.array(
    z.object({ caseId: z.string(), title: z.string(), clueNumber: z.string(), caseNumber: z.string().nullable(), agencyName: z.string(), evidenceCount: z.number(), handles: z.boolean() }),
  ),
});

export const evidenceSupervisionQuery = page.extend({ from: z.string().optional(), to: z.string().optional() });
export const supervisedRetrieval = z.object({
  eventId: z.number(),
  type: z.string(),
  typeLabel: z.string(),
  at: z.string(),
  agencyName: z.string(),
  caseId: z.string(),
  caseTitle: z.string(),
  evidenceId: z.string().nullable(),
  evidenceTitle: z.string().nullable(),
  actorName: z.string().nullable(),
  basis: z.string().nullable(),
  purpose: z.string().nullable(),
});
export const supervisedRetrievalsResponse = paged(supervisedRetrieval);
export const integrityAlarm = z.object({
  eventId: z.number(),
  at: z.string(),
  agencyName: z.string(),
  caseId: z.string(),
  caseTitle: z.string(),
  evidenceId: z.string().nullable(),
  evidenceTitle: z.string().nullable(),
  detectedBy: z.string(),
  expectedSm3: z.string(),
  foundSm3: z.string().nullable(),
  missing: z.boolean(),
});
export const integrityAlarmsResponse = paged(integrityAlarm);

export const evidenceContentQuery = z.object({
  disposition: z.enum(['inline', 'attachment']).default('inline'),
  shareRequest: z.coerce.number().int().positive().optional().describe('向当事人提供副本时，所依据的已批准申请'),
});

/** The retention table and 调阅 numbers (national defaults; a province's own values are data the system admin sets). */
export const evidenceRules = z.strictObject({
  retention: z.strictObject({
    months: z.strictObject({ permanent: z.null(), '30y': z.number().int().positive(), '10y': z.number().int().positive(), '6m': z.number().int().positive() }),
    audioVideoMinimum: retentionClassSchema,
    audioVideoAsEvidence: retentionClassSchema,
    recoveryDays: z.number().int().min(1).max(3_650),
  }),
  retrieval: z.strictObject({
    purposeValidHours: z.number().int().min(1).max(720),
    approvalValidDays: z.number().int().min(1).max(365),
    minPurposeLength: z.number().int().min(1).max(100),
  }),
});
