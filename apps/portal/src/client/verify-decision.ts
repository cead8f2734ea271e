/**
 * The 验证 button of a decision page, run in the reader's browser: it trusts only the public key printed in the
 * page (the same one the 透明度 page publishes) and checks, with pure-JS SM2/SM3 from @sanxiang/ledger,
 *   1. the signature of the checkpoint that comes with the inclusion proof;
 *   2. the inclusion proof of this record's leaf in that checkpoint's tree;
 *   3. that the leaf is this record's publication (or withdrawal) and says what the page shows;
 *   4. that the latest checkpoint is signed and is a consistent extension of the proof's one.
 * Any failure names the step and the reason.
 */
import { fromBase64, LedgerError, merkle, verifyCheckpoint } from '@sanxiang/ledger';

type Step = { label: string; ok: boolean; detail?: string };

const panel = document.getElementById('verify') as HTMLElement | null;
const button = document.getElementById('verify-button') as HTMLButtonElement | null;
const out = document.getElementById('verify-result') as HTMLElement | null;

class VerifyFailure extends Error {}

const fail = (message: string): never => {
  throw new VerifyFailure(message);
};

const getJson = async (url: string) => {
  const res = await fetch(url, { headers: { accept: 'application/json' }, cache: 'no-store' });
  const text = await res.text();
  if (!res.ok) {
    let message = text;
    try {
      message = (JSON.parse(text) as { message?: string }).message ?? text;
    } catch {
      /* not JSON */
    }
    fail(`服务器返回 ${res.status}：${message}`);
  }
  return { json: () => JSON.parse(text) as Record<string, unknown>, text };
};

const render = (steps: Step[], verdict: { ok: boolean; text: string } | null) => {
  if (!out) return;
  out.replaceChildren();
  if (verdict) {
    const p = document.createElement('p');
    p.className = verdict.ok ? 'ok' : 'bad';
    p.style.fontWeight = '700';
    p.style.fontSize = '18px';
    p.textContent = verdict.text;
    out.append(p);
  }
  const ol = document.createElement('ol');
  for (const s of steps) {
    const li = document.createElement('li');
    li.className = s.ok ? 'ok' : 'bad';
    li.textContent = `${s.ok ? '✓' : '✗'} ${s.label}${s.detail ? `：${s.detail}` : ''}`;
    ol.append(li);
  }
  out.append(ol);
};

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

const verify = async () => {
  if (!panel) return;
  const steps: Step[] = [];
  let current = '';
  const step = async <T>(label: string, run: () => Promise<T> | T, detail?: (v: T) => string): Promise<T> => {
    current = label;
    const value = await run();
    steps.push({ label, ok: true, detail: detail?.(value) });
    render(steps, null);
    return value;
  };
  const { leaf: leafId, record, expect, origin, key } = panel.dataset as Record<string, string>;
  try {
    const proof = await step('取得包含证明', async () =>
      (await getJson(`/api/v1/ledger/proofs/inclusion?kind=disclosure-public&recordId=${encodeURIComponent(leafId)}`)).json(),
    );
    const checkpoint = await step(
      '检查点签名（SM2）有效',
      () => verifyCheckpoint(String(proof.checkpoint), key, { origin }),
      (c) => `树大小 ${c.size}`,
    );
    await step(
      '包含证明（SM3 默克尔树）有效',
      () => {
        if (checkpoint.size !== proof.treeSize) fail(`证明的树大小 ${String(proof.treeSize)} 与检查点 ${checkpoint.size} 不符`);
        const leafHash = merkle.leafHash(fromBase64(String(proof.leafData)));
        const path = (proof.proof as string[]).map((h) => fromBase64(h));
        if (!merkle.verifyInclusion(leafHash, Number(proof.leafIndex), checkpoint.size, path, checkpoint.root)) fail('由记录内容和证明路径算出的根哈希与已签名的根哈希不一致');
        return Number(proof.leafIndex);
      },
      (i) => `第 ${i} 号叶子`,
    );
    await step('账本记录与本页内容一致', () => {
      const leaf = JSON.parse(new TextDecoder().decode(fromBase64(String(proof.leafData)))) as {
        kind: string;
        recordId: string;
        type: string;
        payload: { fields?: Array<[string, string]>; reason?: string };
      };
      if (leaf.kind !== 'disclosure-public' || leaf.recordId !== record) fail('账本记录不是本决定的记录');
      if (leaf.type !== expect) fail(`账本记录是“${leaf.type}”，而本页显示的是“${expect}”`);
      if (expect === 'published') {
        const shown = new Map<string, string>();
        document.querySelectorAll<HTMLTableRowElement>('tr[data-field]').forEach((tr) => shown.set(tr.dataset.field!, normalise(tr.querySelector('td')?.textContent ?? '')));
        const ledgered = leaf.payload.fields ?? [];
        for (const [field, value] of ledgered) {
          const onPage = shown.get(field);
          if (onPage === undefined) fail(`本页缺少账本中的字段 ${field}`);
          if (onPage !== normalise(value)) fail(`字段 ${field} 与账本不一致：本页为“${onPage}”，账本为“${value}”`);
        }
        if (shown.size !== ledgered.length) fail(`本页有 ${shown.size} 个字段，账本记录有 ${ledgered.length} 个`);
        return `${ledgered.length} 个字段逐一相符`;
      }
      if (expect === 'withdrawn') {
        const reason = normalise(document.querySelector('[data-verify="reason"]')?.textContent ?? '');
        if (reason !== normalise(leaf.payload.reason ?? '')) fail(`撤回理由与账本不一致：本页为“${reason}”，账本为“${leaf.payload.reason ?? ''}”`);
      }
      return '';
    }, (d) => d);
    await step(
      '最新检查点签名有效且与上述检查点一致（账本只增不改）',
      async () => {
        const latest = verifyCheckpoint((await getJson('/api/v1/ledger/checkpoint')).text, key, { origin });
        if (latest.size < checkpoint.size) fail(`最新检查点（${latest.size}）比证明所用的检查点（${checkpoint.size}）还小`);
        if (latest.size === checkpoint.size) {
          if (!sameBytes(latest.root, checkpoint.root)) fail('同一树大小的两个检查点根哈希不同（账本分叉）');
          return latest.size;
        }
        const c = (await getJson(`/api/v1/ledger/proofs/consistency?from=${checkpoint.size}&to=${latest.size}`)).json();
        const path = (c.proof as string[]).map((h) => fromBase64(h));
        if (!merkle.verifyConsistency(checkpoint.size, latest.size, checkpoint.root, latest.root, path)) fail('一致性证明无效：账本的历史被改写');
        return latest.size;
      },
      (n) => `树大小 ${n}`,
    );
    render(steps, { ok: true, text: '验证通过' });
  } catch (e) {
    const reason = e instanceof VerifyFailure || e instanceof LedgerError ? e.message : `验证过程出错：${e instanceof Error ? e.message : String(e)}`;
    steps.push({ label: current, ok: false, detail: reason });
    render(steps, { ok: false, text: `验证失败：${current}` });
  } finally {
    if (button) button.disabled = false;
  }
};

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

button?.addEventListener('click', () => {
  button.disabled = true;
  void verify();
});
