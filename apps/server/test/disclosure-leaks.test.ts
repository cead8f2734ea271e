import { describeEachDatabase } from '@sanxiang/db/test';
import { decisionText, leaksOf, type Secret } from '@sanxiang/domain/disclosure/redaction-arbitraries';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { client, type Client, startTestApp, type TestApp } from './harness.ts';

/**
 * The zero-leak property end to end: decisions whose free text embeds ID numbers, phones, bank cards, home
 * addresses, other persons' names and health data in many spellings are prepared and published through the API;
 * their portal pages, the open JSON, the CSV and the search page must not show any of it. (The engine itself is
 * checked on 10,000 texts in `packages/domain/src/disclosure/redaction.property.test.ts`; here a few hundred
 * records per database keep the run short.)
 */
const RECORDS = 100;

describeEachDatabase('no personal data on any public surface', (kind) => {
  let t: TestApp;
  let officer: Client;
  let anon: Client;
  const published: Array<{ id: string; secrets: Secret[] }> = [];

  beforeAll(async () => {
    t = await startTestApp(kind);
    officer = client(t.app, '10.7.0.1');
    await officer.login('jxsj.officer1');
    anon = client(t.app, '10.7.0.2');
    const samples = fc.sample(decisionText, { numRuns: RECORDS, seed: kind === 'pglite' ? 7 : 8 });
    for (const [i, s] of samples.entries()) {
      const res = await officer.post('/api/v1/disclosure/records', {
        kind: 'penalty',
        documentNumber: `甲县市监罚〔2026〕${9000 + i}号`,
        decisionDate: '2026-11-19',
        party: s.party,
        category: '食品安全监管',
        violation: '销售超过保质期的食品',
        basis: '《中华人民共和国食品安全法》第一百二十四条',
        content: '警告，罚款3000元',
        fineFen: 300_000,
        summary: s.text.slice(0, 5_000),
      });
      expect(res.statusCode, res.body).toBe(201);
      const id = res.json().record.id as string;
      expect((await officer.post(`/api/v1/disclosure/records/${id}/publish`)).statusCode).toBe(200);
      published.push({ id, secrets: s.secrets });
    }
  }, 300_000);
  afterAll(() => t.close());

  const mainOf = (page: string) => page.slice(page.indexOf('<main'), page.indexOf('</main>'));

  it('shows none of it on the decision pages', async () => {
    for (const p of published) {
      const page = await anon.get(`/decisions/${p.id}`);
      expect(page.statusCode).toBe(200);
      expect(leaksOf(mainOf(page.body), p.secrets), p.id).toEqual([]);
    }
  });

  it('shows none of it in the open JSON, the CSV or the search page', async () => {
    const all = published.flatMap((p) => p.secrets);
    const json = await anon.get('/api/v1/open/decisions?pageSize=200&from=2026-11-19&to=2026-11-19');
    expect(json.json().total).toBe(RECORDS);
    expect(leaksOf(json.body, all)).toEqual([]);
    const csv = await anon.get('/api/v1/open/decisions.csv?kind=penalty&from=2026-11-19&to=2026-11-19');
    expect(csv.body.split('\r\n').length).toBeGreaterThan(RECORDS);
    expect(leaksOf(csv.body, all)).toEqual([]);
    for (let page = 1; page <= RECORDS / 10; page++) {
      const search = await anon.get(`/search?q=${encodeURIComponent('当事人')}&from=2026-11-19&to=2026-11-19&page=${page}`);
      expect(search.statusCode).toBe(200);
      expect(leaksOf(mainOf(search.body), all)).toEqual([]);
    }
  });
});
