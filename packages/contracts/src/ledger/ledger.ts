import { z } from 'zod';
import { page, paged } from '../common.ts';

export const checkpointItem = z.object({
  size: z.number().int(),
  root: z.string().describe('根哈希（base64）'),
  note: z.string().describe('C2SP 签名笔记全文'),
  signedAt: z.string(),
});
export const checkpointsQuery = page;
export const checkpointsResponse = paged(checkpointItem);

export const publicKeyResponse = z.object({
  origin: z.string(),
  verifierKey: z.string().describe('<名称>+<密钥ID>+<base64(算法标识||SM2公钥)>'),
  algorithm: z.literal('SM2-SM3'),
  hash: z.literal('SM3'),
});

export const inclusionQuery = z.object({
  kind: z.string().min(1).max(32),
  recordId: z.string().min(1).max(64),
});
export const inclusionResponse = z.object({
  kind: z.string(),
  recordId: z.string(),
  leafIndex: z.number().int(),
  treeSize: z.number().int(),
  leafData: z.string().describe('叶子原文（规范 JSON 的 UTF-8 字节，base64）'),
  proof: z.array(z.string()),
  checkpoint: z.string(),
});

export const consistencyQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});
export const consistencyResponse = z.object({
  from: z.number().int(),
  to: z.number().int(),
  proof: z.array(z.string()),
  fromCheckpoint: z.string(),
  toCheckpoint: z.string(),
});
