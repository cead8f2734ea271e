import type { Readable } from 'node:stream';
import { conflict, invalid, isAudioVideo, notFound } from '@sanxiang/domain';
import { type Db, evidenceCustodyEvent } from '@sanxiang/db';
import { and, desc, eq, gte } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app.ts';
import type { EvidenceDeps } from '../../storage/evidence-deps.ts';
import { type ByteRange, StoredFileMissing } from '../../storage/evidence-storage.ts';
import { checkStored, type Found, verifyingTransform } from '../../storage/verified-read.ts';
import { withAudit } from '../audit/with-audit.ts';
import { appendCustody } from './custody.ts';
import type { EvidenceRow } from './evidence-views.ts';
import { recordIntegrityAlarm } from './integrity-alarm.ts';
import { itemInScope, readGrantFor } from './read-access.ts';
import { readEvidenceRules } from './evidence-rules.ts';

/** Ranged reads and small files are checked whole before a byte leaves; a check holds this long per stored version. */
const VERIFIED_FOR_MS = 10 * 60_000;
const PRECHECK_UP_TO = 64 * 1024 * 1024;
/** Re-reads of the same item by the same person within this window are one custody event (a player's range requests). */
const SAME_READ_MS = 5 * 60_000;

const INLINE_TYPES = /^(image\/(jpeg|png|gif|webp)|video\/|audio\/|application\/pdf$|text\/plain$)/;

export const parseRange = (header: string | undefined, size: number): ByteRange | undefined | 'unsatisfiable' => {
  if (!header) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return 'unsatisfiable';
  let start: number;
  let end: number;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start > end || start >= size) return 'unsatisfiable';
  return { start, end };
};

const contentDisposition = (kind: 'inline' | 'attachment', fileName: string) =>
  `${kind}; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

const integrityRefusal = () => conflict('EVIDENCE_INTEGRITY_ALARM', '证据文件完整性校验失败（哈希不符或文件缺失），已记录告警并通知监督人员，拒绝提供该文件');

const raiseAlarm = async (app: AppInstance, req: FastifyRequest, item: EvidenceRow, found: Found, detectedBy: 'read' | 'range-read') =>
  withAudit(app, req, { action: 'evidence.integrity-alarm', objectType: 'evidence', objectId: item.id, detail: { detectedBy, missing: found === 'missing' } }, (tx) =>
    recordIntegrityAlarm(tx, item, found, detectedBy, req.actor?.accountId ?? null, app.deps.clock()),
  );

/** Checks the whole stored file unless it was checked recently in this same stored version. */
const ensureVerified = async (app: AppInstance, req: FastifyRequest, ev: EvidenceDeps, item: EvidenceRow, detectedBy: 'read' | 'range-read') => {
  const st = await ev.storage.stat(item.sm3);
  if (!st) {
    await raiseAlarm(app, req, item, 'missing', detectedBy);
    throw integrityRefusal();
  }
  const cached = ev.verified.get(item.sm3);
  if (cached && cached.version === st.version && Date.now() - cached.at < VERIFIED_FOR_MS) return;
  const result = await checkStored(ev.storage, { sm3: item.sm3, sha256: item.sha256, size: item.size });
  if (!result.ok) {
    ev.verified.delete(item.sm3);
    await raiseAlarm(app, req, item, result.found, detectedBy);
    throw integrityRefusal();
  }
  ev.verified.set(item.sm3, { version: st.version, at: Date.now() });
};

const recentSameRead = async (tx: Db, evidenceId: string, accountId: string, type: string, now: Date) => {
  const [row] = await tx
    .select({ id: evidenceCustodyEvent.id })
    .from(evidenceCustodyEvent)
    .where(and(eq(evidenceCustodyEvent.evidenceId, evidenceId), eq(evidenceCustodyEvent.actorAccountId, accountId), eq(evidenceCustodyEvent.type, type), gte(evidenceCustodyEvent.at, new Date(now.getTime() - SAME_READ_MS))))
    .orderBy(desc(evidenceCustodyEvent.id))
    .limit(1);
  return Boolean(row);
};

/**
 * Serves an item's content: view (images, PDFs, text inline), play (audio/video, HTTP Range 206), download,
 * or share (a copy for a party under an approved request). Access and the custody event come first, in one
 * audited transaction; the bytes are checked against the item's hashes on the way out.
 */
export const serveEvidenceContent = async (
  app: AppInstance,
  ev: EvidenceDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  input: { id: string; disposition: 'inline' | 'attachment'; shareRequest?: number; poster?: boolean },
) => {
  const actor = req.actor!;
  const rangeHeader = input.poster ? undefined : req.headers.range;
  const rules = await readEvidenceRules(app.deps.database.db); // before the transaction (PGlite has one connection)
  const { item } = await withAudit(app, req, { action: input.poster ? 'evidence.poster' : 'evidence.content', objectType: 'evidence', objectId: input.id, detail: { disposition: input.disposition, range: rangeHeader ?? null } }, async (tx, note) => {
    const now = app.deps.clock();
    const { item, place } = await itemInScope(tx, actor, input.id);
    const grant = await readGrantFor(tx, actor, place, item, now, rules.retrieval);
    let type: string = input.disposition === 'attachment' ? 'download' : isAudioVideo(item.mediaType) ? 'play' : 'view';
    let refEventId = grant.refEventId;
    if (input.shareRequest) {
      const [decision] = await tx.select().from(evidenceCustodyEvent).where(and(eq(evidenceCustodyEvent.refEventId, input.shareRequest), eq(evidenceCustodyEvent.type, 'retrieval-decided')));
      const p = decision?.payload as { approve?: boolean; party?: boolean; evidenceIds?: string[] } | undefined;
      if (!decision || !p?.approve || !p.party || !p.evidenceIds?.includes(item.id) || decision.caseId !== item.caseId) {
        throw invalid('SHARE_NOT_APPROVED', '没有批准向当事人提供该证据副本的申请');
      }
      type = 'share';
      refEventId = decision.id;
    }
    // A player asks for many ranges; the read is one event: the first request (from byte 0) within a window.
    const continuation = rangeHeader && !/^bytes=0-/.test(rangeHeader.trim());
    // The poster frame is shown with the player, whose first request is the play event; the frame itself is a
    // derived still, so it needs the same access but is not a read of its own.
    if (!input.poster && !continuation && !(await recentSameRead(tx, item.id, actor.accountId, type, now))) {
      const event = await appendCustody(tx, {
        evidenceId: item.id,
        caseId: item.caseId,
        agencyId: item.agencyId,
        type,
        at: now,
        actorAccountId: actor.accountId,
        basis: grant.basis,
        purpose: grant.purpose,
        refEventId,
        payload: { disposition: input.disposition, ...(input.poster ? { derived: 'poster' } : {}), ...(input.shareRequest ? { shareRequest: input.shareRequest } : {}) },
      });
      note({ detail: { custodyEventId: event.id, basis: grant.basis } });
    }
    return { item };
  });

  if (input.poster) {
    if (!item.posterSm3) throw notFound('POSTER_NOT_FOUND', '该证据没有封面帧');
    const stream = await ev.storage.read(item.posterSm3);
    return reply.header('content-type', 'image/jpeg').header('cache-control', 'private, max-age=300').send(stream);
  }

  const range = parseRange(rangeHeader, item.size);
  if (range === 'unsatisfiable') return reply.status(416).header('content-range', `bytes */${item.size}`).send({ code: 'RANGE_NOT_SATISFIABLE', message: '请求的字节范围无效' });
  reply.header('accept-ranges', 'bytes');
  reply.header('x-content-type-options', 'nosniff');
  reply.header('cache-control', 'private, no-store');
  // Nothing served here may run script; browsers' own PDF viewers refuse to work in a sandbox, and a PDF was
  // checked to be one by its bytes, so it is the one type served without it.
  reply.header('content-security-policy', `default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'${item.mediaType === 'application/pdf' ? '' : '; sandbox'}`);
  const inline = input.disposition === 'inline' && INLINE_TYPES.test(item.mediaType);
  reply.header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', item.fileName));
  reply.header('content-type', item.mediaType === 'text/plain' ? 'text/plain; charset=utf-8' : item.mediaType);

  if (range) {
    await ensureVerified(app, req, ev, item, 'range-read');
    const stream = await ev.storage.read(item.sm3, range);
    return reply
      .status(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${item.size}`)
      .header('content-length', range.end - range.start + 1)
      .send(stream);
  }
  if (item.size <= PRECHECK_UP_TO) await ensureVerified(app, req, ev, item, 'read');
  let source: Readable;
  try {
    source = await ev.storage.read(item.sm3);
  } catch (e) {
    if (e instanceof StoredFileMissing) {
      await raiseAlarm(app, req, item, 'missing', 'read');
      throw integrityRefusal();
    }
    throw e;
  }
  const check = verifyingTransform({ sm3: item.sm3, sha256: item.sha256, size: item.size });
  source.on('error', (e) => check.destroy(e));
  check.on('error', (e) => {
    // A large file changed under a full read: the last bytes are never sent, the connection is cut, the alarm raised.
    reply.raw.destroy();
    if (e instanceof Error && e.name === 'EvidenceIntegrityError') {
      ev.verified.delete(item.sm3);
      void raiseAlarm(app, req, item, (e as unknown as { found: Found }).found, 'read').catch((err) => req.log.error({ err }, 'integrity alarm not recorded'));
    }
  });
  return reply.header('content-length', item.size).send(source.pipe(check));
};
