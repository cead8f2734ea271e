import { open } from 'node:fs/promises';
import path from 'node:path';
import { evidenceUploadMeta, type EvidenceUploadMeta } from '@sanxiang/contracts';
import { type Actor, invalid } from '@sanxiang/domain';
import { type Db, evidenceItem, evidenceUpload } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import type { EvidenceDeps } from '../../storage/evidence-deps.ts';
import { caseInScope } from './case-place.ts';

/** tus `Upload-Metadata`: comma-separated `key base64(value)` pairs. */
export const parseUploadMetadata = (header: string | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const pair of (header ?? '').split(',')) {
    const [key, value] = pair.trim().split(/\s+/, 2);
    if (!key) continue;
    if (value !== undefined && !/^[A-Za-z0-9+/=]*$/.test(value)) throw invalid('UPLOAD_METADATA_INVALID', `上传元数据“${key}”不是 base64`);
    out[key] = value ? Buffer.from(value, 'base64').toString('utf8') : '';
  }
  return out;
};

export const readUploadMeta = (header: string | undefined): EvidenceUploadMeta => {
  const parsed = evidenceUploadMeta.safeParse(parseUploadMetadata(header));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid('UPLOAD_METADATA_INVALID', `上传元数据${issue?.path.length ? `“${issue.path.join('.')}”` : ''}无效：${issue?.message ?? ''}`);
  }
  return parsed.data;
};

export const stagingPathOf = (deps: EvidenceDeps, uploadId: string) => {
  // The upload id is a UUID the database generated: the only name a staging file ever has.
  if (!/^[0-9a-f-]{36}$/.test(uploadId)) throw new Error('invalid upload id');
  return path.join(deps.storage.stagingDir, uploadId);
};

/**
 * tus creation: the handler of a case announces a file (its length and what it is). Nothing of the file is
 * trusted yet; its real type is checked on the first bytes and its hashes when the last byte arrives.
 */
export const createUpload = async (tx: Db, deps: EvidenceDeps, actor: Actor, input: { length: number; meta: EvidenceUploadMeta }, now: Date) => {
  await caseInScope(tx, actor, input.meta.caseId, 'evidence.create');
  if (input.meta.redactionOf) {
    // Checked before a byte is sent (and again at ingest): a copy belongs to its original's case.
    const [original] = await tx.select({ caseId: evidenceItem.caseId }).from(evidenceItem).where(eq(evidenceItem.id, input.meta.redactionOf));
    if (original?.caseId !== input.meta.caseId) throw invalid('REDACTION_SOURCE_INVALID', '遮蔽副本的原证据须为本案证据');
  }
  const [row] = await tx
    .insert(evidenceUpload)
    .values({ caseId: input.meta.caseId, accountId: actor.accountId, length: input.length, meta: input.meta, status: 'open', createdAt: now, updatedAt: now })
    .returning();
  await deps.storage.prepare();
  const fh = await open(stagingPathOf(deps, row.id), 'wx');
  await fh.close();
  return row;
};
