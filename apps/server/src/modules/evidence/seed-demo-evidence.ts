import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Actor, EvidenceKind, Role } from '@sanxiang/domain';
import { account, accountRole, caseFile, type Db, evidenceItem } from '@sanxiang/db';
import { count, eq, like } from 'drizzle-orm';
import type { EvidenceStorage } from '../../storage/evidence-storage.ts';
import { hashStream } from '../../storage/hashing.ts';
import { casePlaceOf } from './case-place.ts';
import { ingestEvidence } from './ingest-evidence.ts';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (b: Buffer) => {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** A small photo-like PNG (shelf with two bottles) drawn in code, so the demo needs no binary files. */
export const demoPng = (w = 240, h = 160) => {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const o = y * (w * 3 + 1) + 1 + x * 3;
      let [r, g, b] = [225 - y / 3, 220 - y / 4, 205 - y / 5]; // wall
      if (y > 110) [r, g, b] = [120, 90, 60]; // shelf
      const bottle = (cx: number) => Math.abs(x - cx) < 14 && y > 40 && y <= 110;
      const neck = (cx: number) => Math.abs(x - cx) < 5 && y > 22 && y <= 40;
      if (bottle(80) || neck(80) || bottle(150) || neck(150)) [r, g, b] = [70, 35, 20];
      if ((bottle(80) || bottle(150)) && y > 65 && y < 85) [r, g, b] = [230, 200, 60]; // label
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
};

/** A one-page PDF with correct cross-references (Latin text: the base fonts have no Chinese). */
export const demoPdf = (lines: string[]) => {
  const text = lines.map((l, i) => `BT /F1 12 Tf 56 ${780 - i * 20} Td (${l.replace(/[()\\]/g, '')}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
};

const actorOf = async (db: Db, username: string): Promise<Actor> => {
  const [a] = await db.select().from(account).where(eq(account.username, username));
  const roles = (await db.select().from(accountRole).where(eq(accountRole.accountId, a.id))).map((r) => r.role as Role);
  return { accountId: a.id, agencyId: a.agencyId, unitId: a.unitId, roles, jurisdictionAgencyIds: new Set() };
};

/**
 * Three small items on the first demo case (a photo, a PDF record, a text statement), ingested through the
 * real use case so the demo's custody chain and ledger are what officers produce. Runs once.
 */
export const seedDemoEvidence = async (db: Db, storage: EvidenceStorage, now: Date) => {
  const [{ n }] = await db.select({ n: count() }).from(evidenceItem);
  if (Number(n) > 0) return;
  const [demoCase] = await db.select().from(caseFile).where(like(caseFile.title, '甲县鲜味餐饮有限公司%'));
  if (!demoCase) return;
  const items: Array<{ kind: EvidenceKind; title: string; filename: string; bytes: Buffer; method: string; mediaType: string }> = [
    { kind: 'physical', title: '后厨超过保质期的酱油（现场照片）', filename: 'IMG_20261118_101502.png', bytes: demoPng(), method: '拍摄', mediaType: 'image/png' },
    {
      kind: 'inspection-record',
      title: '现场检查笔录（扫描件）',
      filename: '现场检查笔录.pdf',
      bytes: demoPdf(['On-site inspection record (demo)', 'Jiaxian Xianwei Catering Co., Ltd.', 'Two bottles of soy sauce past their shelf life found in the kitchen.', 'Officers: jxsj.officer1, jxsj.officer2']),
      method: '现场制作',
      mediaType: 'application/pdf',
    },
    {
      kind: 'party-statement',
      title: '当事人陈述（文字记录）',
      filename: '当事人陈述.txt',
      bytes: Buffer.from('当事人陈述：\n该两瓶酱油系厨房备用调料，因员工疏忽未及时清理，对超过保质期的事实无异议。\n陈述人：王某（店长）\n', 'utf8'),
      method: '询问记录',
      mediaType: 'text/plain',
    },
  ];
  await storage.prepare();
  for (const [i, it] of items.entries()) {
    const digests = await hashStream([it.bytes]);
    const file = path.join(storage.stagingDir, `demo-${process.pid}-${i}`);
    await writeFile(file, it.bytes);
    const stored = await storage.putFile(digests.sm3, file, it.bytes.length);
    await stored.release();
    await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      const place = (await casePlaceOf(t, demoCase.id))!;
      await ingestEvidence(
        t,
        await actorOf(t, 'jxsj.officer1'),
        place,
        {
          uploadId: null,
          meta: { caseId: demoCase.id, kind: it.kind, title: it.title, filename: it.filename, collectedPlace: '甲县城关镇人民路18号', method: it.method, collectedAt: new Date(now.getTime() - 86_400_000).toISOString() },
          digests,
          size: it.bytes.length,
          mediaType: it.mediaType,
          storedNew: stored.created,
          mediaState: 'none',
        },
        new Date(now.getTime() - (items.length - i) * 60_000),
      );
    });
  }
};
