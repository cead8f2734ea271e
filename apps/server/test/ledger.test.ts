import { auditLog, caseEvent, type Db, ledgerLeaf, rowsOf } from '@sanxiang/db';
import { describeEachDatabase } from '@sanxiang/db/test';
import { consistencyProofNodes, fromBase64, merkle, verifyCheckpoint } from '@sanxiang/ledger/node';
import { merkle as browserMerkle } from '@sanxiang/ledger';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signHead } from '../src/modules/ledger/checkpoints.ts';
import { verifyLedger } from '../src/modules/ledger/verify-ledger.ts';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { verifyEvidenceFiles } from '../src/modules/evidence/verify-evidence.ts';
import { createEvidenceDeps } from '../src/storage/evidence-deps.ts';
import { localStorage } from '../src/storage/evidence-storage.ts';
import { samplePdf, uploadEvidence } from './evidence-support.ts';
import { client, startTestApp, type TestApp } from './harness.ts';

const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

class Rollback extends Error {}

describeEachDatabase('tamper-evident ledger', (kind) => {
  let t: TestApp;
  let verifierKey: string;
  let dir: string;
  const evidence: Array<{ id: string; sm3: string }> = [];
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sx-ledger-'));
    t = await startTestApp(kind, { dataDir: dir });
    t.deps.evidence = createEvidenceDeps({ storage: localStorage(path.join(dir, 'evidence')), maxBytes: 1024 * 1024, ffmpegPath: 'none' });
    verifierKey = t.deps.ledger.verifierKey;
    // Evidence files on a case, whose bytes `npm run verify` hashes again.
    const officer = client(t.app, '10.3.0.1');
    await officer.login('jxsj.officer1');
    const caseId = ((await officer.get('/api/v1/cases?mine=true&pageSize=50')).json().items as Array<{ id: string }>)[0].id;
    for (let i = 0; i < 3; i++) {
      const up = await uploadEvidence(officer, samplePdf(`证据文件 ${i}`), { caseId, kind: 'documentary', title: `书证 ${i}`, filename: `书证${i}.pdf` });
      expect(up.evidenceId, up.last.body).toBeTruthy();
      evidence.push({ id: up.evidenceId!, sm3: (await officer.get(`/api/v1/evidence/${up.evidenceId}`)).json().sm3 });
    }
    // A working day's worth of audited activity, with checkpoints signed along the way.
    const users = ['jxsj.officer1', 'jxsj.head', 'sysadmin', 'auditadmin', 'yxsj.officer2', 'jxsf.supervisor'];
    for (let round = 0; round < 6; round++) {
      for (const [i, u] of users.entries()) {
        const c = client(t.app, `10.1.${round}.${i}`);
        await c.login(u);
        await c.get('/api/v1/admin/accounts?pageSize=5');
        await c.get('/api/v1/audit?pageSize=5');
      }
      await client(t.app, `10.2.${round}.1`).login('nobody', 'wrong');
      await signHead(t.database.db, t.deps.ledger, t.clock.now());
      t.clock.advance(60_000);
    }
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a leaf for every audit record, in the same transaction', async () => {
    const [{ n: audits }] = await t.database.db.select({ n: count() }).from(auditLog);
    const [{ n: leaves }] = await t.database.db.select({ n: count() }).from(ledgerLeaf).where(eq(ledgerLeaf.kind, 'audit'));
    expect(Number(audits)).toBeGreaterThan(60);
    expect(Number(leaves)).toBe(Number(audits));
  });

  it('verifies an untouched store clean', async () => {
    const report = await verifyLedger(t.database.db, verifierKey);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.checkpoints).toBeGreaterThanOrEqual(6);
  });

  it('serves inclusion proofs that verify against the signed checkpoint and the published key, in Node and browser hashing', async () => {
    const auditor = client(t.app, '10.3.0.1');
    expect((await auditor.login('auditadmin')).statusCode).toBe(200);
    const key = (await auditor.get('/api/v1/ledger/public-key')).json().verifierKey;
    expect(key).toBe(verifierKey);
    const [{ id }] = await t.database.db.select({ id: auditLog.id }).from(auditLog).limit(1);
    const res = await auditor.get(`/api/v1/ledger/proofs/inclusion?kind=audit&recordId=${id}`);
    expect(res.statusCode).toBe(200);
    const p = res.json();
    const checkpoint = verifyCheckpoint(p.checkpoint, key);
    expect(checkpoint.size).toBe(p.treeSize);
    expect(p.proof.length).toBeLessThanOrEqual(Math.ceil(Math.log2(p.treeSize)));
    const leafHash = merkle.leafHash(fromBase64(p.leafData));
    expect(merkle.verifyInclusion(leafHash, p.leafIndex, p.treeSize, p.proof.map(fromBase64), checkpoint.root)).toBe(true);
    expect(browserMerkle.verifyInclusion(leafHash, p.leafIndex, p.treeSize, p.proof.map(fromBase64), checkpoint.root)).toBe(true);
    expect(merkle.verifyInclusion(leafHash, p.leafIndex + 1, p.treeSize, p.proof.map(fromBase64), checkpoint.root)).toBe(false);
    // Audit content is internal: the public cannot fetch its proof, nor learn that it exists.
    expect((await t.app.inject({ url: `/api/v1/ledger/proofs/inclusion?kind=audit&recordId=${id}` })).statusCode).toBe(404);
  });

  it('serves consistency proofs between published checkpoints', async () => {
    const list = (await t.app.inject({ url: '/api/v1/ledger/checkpoints?pageSize=50' })).json().items as Array<{ size: number; note: string }>;
    const [newer, older] = [list[0], list[list.length - 1]];
    const res = (await t.app.inject({ url: `/api/v1/ledger/proofs/consistency?from=${older.size}&to=${newer.size}` })).json();
    const a = verifyCheckpoint(res.fromCheckpoint, verifierKey);
    const b = verifyCheckpoint(res.toCheckpoint, verifierKey);
    expect(res.proof.length).toBeLessThanOrEqual(consistencyProofNodes(older.size, newer.size).length);
    expect(merkle.verifyConsistency(a.size, b.size, a.root, b.root, res.proof.map(fromBase64))).toBe(true);
    expect((await t.app.inject({ url: '/api/v1/ledger/proofs/consistency?from=5&to=3' })).statusCode).toBe(400);
  });

  it('publishes checkpoints and the verifier key on the portal transparency page, without JavaScript', async () => {
    const res = await t.app.inject({ url: '/transparency' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(verifierKey);
    const latest = (await t.app.inject({ url: '/api/v1/ledger/checkpoint' })).body;
    expect(res.body).toContain(latest.split('\n')[2]); // the base64 root of the latest checkpoint
    expect(res.body).not.toContain('<script');
  });

  it('refuses to let the application rewrite the log', async () => {
    await expect(t.database.db.execute(sql`update ledger_node set hash = hash where level = 0 and idx = 0`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from ledger_leaf where idx = 0`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`update ledger_checkpoint set note = note`)).rejects.toThrow();
  });

  it('detects and pinpoints each of 1,000 random mutations', async () => {
    const random = rng(20261121);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const ids = (await t.database.db.select({ id: auditLog.id }).from(auditLog)).map((r) => r.id);
    const sizes = (await rowsOf<{ size: string }>(t.database.db, sql`select size from ledger_checkpoint`)).map((r) => Number(r.size));
    const [{ n: leafCount }] = await t.database.db.select({ n: count() }).from(ledgerLeaf);
    const textColumns = ['action', 'username', 'ip', 'user_agent', 'request_id', 'result'];
    const eventIds = (await t.database.db.select({ id: caseEvent.id }).from(caseEvent)).map((r) => r.id);
    expect(eventIds.length).toBeGreaterThan(0);

    type Found = { type: string; [field: string]: unknown };
    type Mutation = { name: string; file?: boolean; apply: (tx: Db) => Promise<void>; restore?: () => Promise<void>; expect: (problems: Found[]) => boolean };
    const mutations: Array<() => Mutation> = [
      () => {
        const id = pick(ids);
        const column = pick(textColumns);
        return {
          name: `change one byte of audit#${id}.${column}`,
          apply: async (tx) => {
            await tx.execute(sql`update audit_log set ${sql.raw(column)} = overlay(coalesce(${sql.raw(column)}, 'x') placing chr(ascii(substr(coalesce(${sql.raw(column)}, 'x'), 1, 1)) # 1) from 1 for 1) where id = ${id}`);
          },
          expect: (ps) => ps.some((p) => p.type === 'record-altered' && p.recordId === String(id)),
        };
      },
      () => {
        const id = pick(eventIds);
        const column = pick(['type', 'actor_name', 'place']);
        return {
          name: `change one byte of case-event#${id}.${column}`,
          apply: async (tx) => {
            await tx.execute(sql`update case_event set ${sql.raw(column)} = overlay(coalesce(${sql.raw(column)}, 'x') placing chr(ascii(substr(coalesce(${sql.raw(column)}, 'x'), 1, 1)) # 1) from 1 for 1) where id = ${id}`);
          },
          expect: (ps) => ps.some((p) => p.type === 'record-altered' && p.kind === 'case-event' && p.recordId === String(id)),
        };
      },
      () => {
        const id = pick(eventIds);
        return {
          name: `change the payload of case-event#${id}`,
          apply: async (tx) => {
            await tx.execute(sql`update case_event set payload = jsonb_set(payload, '{description}', to_jsonb('篡改后的内容'::text)) where id = ${id}`);
          },
          expect: (ps) => ps.some((p) => p.type === 'record-altered' && p.kind === 'case-event' && p.recordId === String(id)),
        };
      },
      () => {
        const id = pick(ids);
        return {
          name: `delete audit#${id}`,
          apply: async (tx) => {
            await tx.execute(sql`delete from audit_log where id = ${id}`);
          },
          expect: (ps) => ps.some((p) => p.type === 'record-deleted' && p.recordId === String(id)),
        };
      },
      () => {
        const a = pick(ids);
        let b = pick(ids);
        while (b === a) b = pick(ids);
        return {
          name: `swap audit#${a} and audit#${b}`,
          apply: async (tx) => {
            await tx.execute(sql`update audit_log x set at = y.at, action = y.action, username = y.username, request_id = y.request_id, user_agent = y.user_agent, result = y.result, detail = y.detail, object_id = y.object_id, account_id = y.account_id
              from (select * from audit_log where id in (${a}, ${b})) y where x.id in (${a}, ${b}) and y.id <> x.id`);
          },
          expect: (ps) => [a, b].every((id) => ps.some((p) => p.type === 'record-altered' && p.recordId === String(id))),
        };
      },
      () => {
        const idx = Math.floor(random() * Number(leafCount));
        return {
          name: `change one byte of leaf hash ${idx}`,
          apply: async (tx) => {
            await tx.execute(sql`update ledger_node set hash = set_byte(hash, 4, get_byte(hash, 4) # 1) where level = 0 and idx = ${idx}`);
          },
          expect: (ps) => ps.some((p) => p.leafIndex === idx && (p.type === 'record-altered' || p.type === 'node-altered')),
        };
      },
      () => {
        const idx = Math.floor(random() * Number(leafCount));
        return {
          name: `delete leaf mapping ${idx}`,
          apply: async (tx) => {
            await tx.execute(sql`delete from ledger_leaf where idx = ${idx}`);
          },
          expect: (ps) => ps.some((p) => (p.type === 'leaf-missing' && p.leafIndex === idx) || (p.type === 'checkpoint-beyond-log' && idx === Number(leafCount) - 1)),
        };
      },
      () => {
        const size = pick(sizes);
        return {
          name: `replace checkpoint ${size}`,
          apply: async (tx) => {
            // Keep the note well-formed but sign a different root: one byte of the signature flipped.
            await tx.execute(sql`update ledger_checkpoint set note = regexp_replace(note, '(— \\S+ )(.)', '\\1' || (case when substr(split_part(note, '— ', 2), position(' ' in split_part(note, '— ', 2)) + 1, 1) = 'A' then 'B' else 'A' end)) where size = ${size}`);
          },
          expect: (ps) => ps.some((p) => p.type === 'checkpoint-signature' && p.size === size),
        };
      },
      () => {
        const a = pick(sizes);
        const b = pick(sizes.filter((s) => s !== a));
        return {
          name: `swap checkpoint notes ${a} and ${b}`,
          apply: async (tx) => {
            await tx.execute(sql`update ledger_checkpoint x set note = y.note from (select size, note from ledger_checkpoint where size in (${a}, ${b})) y where x.size in (${a}, ${b}) and y.size <> x.size`);
          },
          expect: (ps) => [a, b].every((s) => ps.some((p) => p.size === s && p.type.startsWith('checkpoint'))),
        };
      },
      () => {
        const e = pick(evidence);
        const file = path.join(dir, 'evidence', 'objects', e.sm3.slice(0, 2), e.sm3);
        let original: Buffer | undefined;
        return {
          name: `change one byte of evidence file ${e.id}`,
          file: true,
          apply: async () => {
            original = await readFile(file);
            const changed = Buffer.from(original);
            const at = Math.floor(random() * changed.length);
            changed[at] ^= 1;
            await writeFile(file, changed);
          },
          restore: async () => {
            if (original) await writeFile(file, original);
          },
          expect: (ps) => ps.some((p) => p.type === 'evidence-file-altered' && p.evidenceId === e.id),
        };
      },
      () => ({
        name: 'insert an audit row around the ledger',
        apply: async (tx) => {
          await tx.insert(auditLog).values({ at: new Date(), action: 'forged', result: 'success' });
        },
        expect: (ps) => ps.some((p) => p.type === 'record-unledgered'),
      }),
    ];

    const missed: string[] = [];
    const seen = new Set<number>();
    for (let i = 0; i < 1_000; i++) {
      const which = Math.floor(random() * mutations.length);
      seen.add(which);
      const m = mutations[which]();
      if (m.file) {
        // What `npm run verify` does with the files: hash every stored one again.
        await m.apply(t.database.db);
        const report = await verifyEvidenceFiles(t.database.db, t.deps.evidence!.storage);
        await m.restore!();
        if (!m.expect(report.problems)) missed.push(`${m.name}: ${JSON.stringify(report.problems.slice(0, 3))}`);
        continue;
      }
      try {
        await t.database.db.transaction(async (tx) => {
          // Triggers would refuse these writes; a tamperer with database access would bypass them too.
          await tx.execute(sql`set local session_replication_role = replica`);
          await m.apply(tx as unknown as Db);
          const report = await verifyLedger(tx as unknown as Db, verifierKey);
          if (report.ok || !m.expect(report.problems)) missed.push(`${m.name}: ${JSON.stringify(report.problems.slice(0, 3))}`);
          throw new Rollback();
        });
      } catch (e) {
        if (!(e instanceof Rollback)) throw e;
      }
    }
    expect(missed).toEqual([]);
    expect(seen.size).toBe(mutations.length);
    expect((await verifyLedger(t.database.db, verifierKey)).ok).toBe(true);
    expect((await verifyEvidenceFiles(t.database.db, t.deps.evidence!.storage)).problems).toEqual([]);
  }, 300_000);
});
