import { createHash } from 'node:crypto';
import type { Client } from './harness.ts';

/** tus Upload-Metadata from plain values. */
export const tusMeta = (values: Record<string, string | undefined>) =>
  Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k} ${Buffer.from(v!, 'utf8').toString('base64')}`)
    .join(',');

export const createUpload = (c: Client, length: number, meta: Record<string, string | undefined>) =>
  c.request({ method: 'POST', url: '/api/v1/evidence/uploads', headers: { 'tus-resumable': '1.0.0', 'upload-length': String(length), 'upload-metadata': tusMeta(meta) } });

export const patchUpload = (c: Client, location: string, offset: number, bytes: Buffer) =>
  c.request({ method: 'PATCH', url: location, headers: { 'tus-resumable': '1.0.0', 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' }, payload: bytes });

/** Uploads in one or more PATCH requests; returns the last response and the evidence id. */
export const uploadEvidence = async (c: Client, bytes: Buffer, meta: Record<string, string | undefined>, chunks = 1) => {
  const created = await createUpload(c, bytes.length, meta);
  if (created.statusCode !== 201) return { created, last: created, evidenceId: undefined as string | undefined };
  const location = created.headers.location as string;
  const size = Math.ceil(bytes.length / chunks);
  let last = created;
  for (let at = 0; at < bytes.length; at += size) {
    last = await patchUpload(c, location, at, bytes.subarray(at, at + size));
    if (last.statusCode !== 204) break;
  }
  return { created, last, location, evidenceId: (last.headers['sanxiang-evidence-id'] as string | undefined) || undefined };
};

export const digestsOf = (bytes: Buffer) => ({ sm3: createHash('sm3').update(bytes).digest('hex'), sha256: createHash('sha256').update(bytes).digest('hex') });

/** A tiny PDF, a fake MP4 (valid ftyp box, random payload) and a text note: enough for type checks and ranges. */
export const samplePdf = (text = '现场检查笔录') => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`, 'utf8');
export const fakeMp4 = (size = 64 * 1024, seed = 1) => {
  const b = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    b[i] = x >> 16;
  }
  Buffer.from([0, 0, 0, 0x18]).copy(b, 0);
  Buffer.from('ftypisom\0\0\0\0isommp41', 'latin1').copy(b, 4);
  return b;
};
