import { agency, party } from '@sanxiang/db';
import { describeEachDatabase } from '@sanxiang/db/test';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountIdOf, addDeadline, beijingNoon, firstItemOf, partyIdOf, registerCase, setProjection } from './deadline-fixtures.ts';
import { client, type Client, startTestApp, type TestApp } from './harness.ts';

type Listed = { items: Array<{ id: string; title: string; nextDeadline: { key: string; state: string; dueOn: string } | null; openDeadlines: number }>; total: number; nextCursor: string | null };

describeEachDatabase('case list filters', (kind) => {
  let t: TestApp;
  let officer1: Client;
  let officer2: Client;
  let head: Client;
  const ids: Record<'A' | 'B' | 'C' | 'D', string> = { A: '', B: '', C: '', D: '' };
  let officer2Id: string;
  let items: string[];

  // Moving the test clock by days ends sessions (idle limit): sign in again at the new time.
  const signInAgain = async () => {
    await officer1.login('jxsj.officer1');
    await officer2.login('jxsj.officer2');
    await head.login('jxsj.head');
  };
  const titles = async (c: Client, query: string) => {
    const res = await c.get(`/api/v1/cases?q=${encodeURIComponent('列表测试')}&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Listed;
    return body.items.map((i) => i.title.slice(4, 5));
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    officer1 = client(t.app, '10.7.0.1');
    await officer1.login('jxsj.officer1');
    officer2 = client(t.app, '10.7.0.2');
    await officer2.login('jxsj.officer2');
    head = client(t.app, '10.7.0.3');
    await head.login('jxsj.head');
    officer2Id = await accountIdOf(t, 'jxsj.officer2');
    const officer3Id = await accountIdOf(t, 'jxsj.officer3');
    const [jx] = await t.database.db.select().from(agency).where(eq(agency.name, '甲县市场监督管理局'));
    items = await firstItemOf(t, jx.id);
    expect(items).toHaveLength(2);

    // Registered on different days (Beijing), before today.
    t.clock.set(beijingNoon('2026-11-02'));
    await signInAgain();
    ids.A = await registerCase(officer1, { title: '列表测试甲：过期食品原料', partyId: await partyIdOf(t, '甲县鲜味餐饮有限公司'), coHandlerAccountIds: [officer2Id] });
    t.clock.set(beijingNoon('2026-11-09'));
    await signInAgain();
    ids.B = await registerCase(officer1, { title: '列表测试乙：标签不符合规定', partyId: await partyIdOf(t, '甲县百佳超市有限公司') });
    t.clock.set(beijingNoon('2026-11-16'));
    await signInAgain();
    ids.C = await registerCase(officer2, { title: '列表测试丙：虚假宣传', partyId: await partyIdOf(t, '甲县金穗粮油贸易有限公司'), coHandlerAccountIds: [officer3Id] });
    t.clock.set(beijingNoon('2026-11-18'));
    await signInAgain();
    ids.D = await registerCase(officer1, { title: '列表测试丁：无照经营' });
    t.clock.set(beijingNoon('2026-11-20')); // today: Friday 2026-11-20; 3 working days later is Wednesday 11-25
    await signInAgain();

    await setProjection(t, ids.A, { status: 'filed', itemId: items[0], filedOn: '2026-11-03', caseNumber: '甲县市监立〔2026〕88号' });
    await setProjection(t, ids.B, { status: 'investigated', itemId: items[1], filedOn: '2026-11-10' });
    await setProjection(t, ids.C, { status: 'decided', itemId: items[1], filedOn: '2026-11-17', decidedOn: '2026-11-18' });
    await addDeadline(t, ids.A, { key: 'decision', dueOn: '2026-11-19' }); // overdue
    await addDeadline(t, ids.B, { key: 'hearingRequest', dueOn: '2026-11-25' }); // due within 3 working days
    await addDeadline(t, ids.B, { key: 'payment', dueOn: '2026-11-05', doneOn: '2026-11-04' }); // met: not overdue
    await addDeadline(t, ids.C, { key: 'decisionService', dueOn: '2026-12-10' }); // running
  });
  afterAll(() => t.close());

  it('filters by several statuses, given either way, and refuses an unknown one', async () => {
    expect(await titles(head, 'status=filed,investigated')).toEqual(['乙', '甲']);
    expect(await titles(head, 'status=filed&status=decided')).toEqual(['丙', '甲']);
    expect(await titles(head, 'status=clue')).toEqual(['丁']);
    const bad = await head.get('/api/v1/cases?status=filed,nope');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'CASE_STATUS_UNKNOWN', message: expect.stringContaining('nope') });
  });

  it('filters by handling officer (lead or assistant) within the reader’s own scope', async () => {
    expect(await titles(head, `officerId=${officer2Id}`)).toEqual(['丙', '甲']);
    // officer1 reads only cases they handle: of officer2's cases only 甲, where both handle it.
    expect(await titles(officer1, `officerId=${officer2Id}`)).toEqual(['甲']);
    expect(await titles(officer1, '')).toEqual(['丁', '乙', '甲']);
  });

  it('filters by enforcement item and by party (id, name or credit code)', async () => {
    expect(await titles(head, `itemId=${items[0]}`)).toEqual(['甲']);
    expect(await titles(head, `itemId=${items[1]}`)).toEqual(['丙', '乙']);
    expect(await titles(head, `partyId=${await partyIdOf(t, '甲县鲜味餐饮有限公司')}`)).toEqual(['甲']);
    expect(await titles(head, `party=${encodeURIComponent('百佳')}`)).toEqual(['乙']);
    const [p] = await t.database.db.select().from(party).where(eq(party.name, '甲县金穗粮油贸易有限公司'));
    if (p.creditCode) expect(await titles(head, `party=${p.creditCode.toLowerCase()}`)).toEqual(['丙']);
  });

  it('filters by a date range of registration, filing or decision, in Beijing dates', async () => {
    expect(await titles(head, 'from=2026-11-09&to=2026-11-16')).toEqual(['丙', '乙']);
    expect(await titles(head, 'dateField=filed&from=2026-11-01&to=2026-11-05')).toEqual(['甲']);
    expect(await titles(head, 'dateField=decided&from=2026-11-18')).toEqual(['丙']);
    const bad = await head.get('/api/v1/cases?from=2026-11-20&to=2026-11-01');
    expect(bad.json().code).toBe('DATE_RANGE_INVALID');
  });

  it('filters by what is due: overdue, due within 3 working days, due by a date', async () => {
    expect(await titles(head, 'due=overdue')).toEqual(['甲']);
    expect(await titles(head, 'due=soon')).toEqual(['乙']);
    expect(await titles(head, 'due=by&dueBy=2026-11-25')).toEqual(['乙', '甲']);
    expect(await titles(head, 'due=by&dueBy=2026-12-31')).toEqual(['丙', '乙', '甲']);
    expect((await head.get('/api/v1/cases?due=by')).json().code).toBe('DUE_BY_MISSING');
    // After 11-25 the hearing-request deadline has passed too.
    t.clock.set(beijingNoon('2026-11-26'));
    await signInAgain();
    expect(await titles(head, 'due=overdue')).toEqual(['乙', '甲']);
    t.clock.set(beijingNoon('2026-11-20'));
    await signInAgain();
  });

  it('finds text in the title and in the case number', async () => {
    const text = (await head.get(`/api/v1/cases?q=${encodeURIComponent('丙：虚假')}`)).json() as Listed;
    expect(text.items.map((i) => i.id)).toEqual([ids.C]);
    const res = (await head.get(`/api/v1/cases?q=${encodeURIComponent('88号')}`)).json() as Listed;
    expect(res.items.map((i) => i.id)).toEqual([ids.A]);
    const like = (await head.get(`/api/v1/cases?q=${encodeURIComponent('100%')}`)).json() as Listed;
    expect(like.total).toBe(0);
  });

  it("shows each case's next running deadline with its state", async () => {
    const body = (await head.get(`/api/v1/cases?q=${encodeURIComponent('列表测试')}`)).json() as Listed;
    const byId = new Map(body.items.map((i) => [i.id, i]));
    expect(byId.get(ids.A)).toMatchObject({ nextDeadline: { key: 'decision', dueOn: '2026-11-19', state: 'overdue' }, openDeadlines: 1 });
    expect(byId.get(ids.B)).toMatchObject({ nextDeadline: { key: 'hearingRequest', dueOn: '2026-11-25', state: 'due-soon' }, openDeadlines: 1 });
    expect(byId.get(ids.C)).toMatchObject({ nextDeadline: { key: 'decisionService', state: 'open' } });
    expect(byId.get(ids.D)).toMatchObject({ nextDeadline: null, openDeadlines: 0 });
  });

  it('pages by number with a total, and by cursor without one, giving the same order', async () => {
    const q = encodeURIComponent('列表测试');
    const byPage: string[] = [];
    for (let page = 1; page <= 4; page++) {
      const body = (await head.get(`/api/v1/cases?q=${q}&pageSize=1&page=${page}`)).json() as Listed;
      expect(body.total).toBe(4);
      byPage.push(...body.items.map((i) => i.id));
    }
    const byCursor: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await head.get(`/api/v1/cases?q=${q}&pageSize=3${cursor ? `&after=${cursor}` : ''}`);
      const body = res.json() as Listed;
      if (cursor) expect(body.total).toBe(-1);
      byCursor.push(...body.items.map((i) => i.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(byPage).toEqual([ids.D, ids.C, ids.B, ids.A]);
    expect(byCursor).toEqual(byPage);
    expect((await head.get('/api/v1/cases?after=garbage')).json().code).toBe('CURSOR_INVALID');
  });

  it('never widens the reader’s scope: another county sees none of these, the county’s 司法局 sees them all', async () => {
    const yi = client(t.app, '10.7.0.4');
    await yi.login('yxsj.officer1');
    expect(await titles(yi, 'due=overdue')).toEqual([]);
    expect(await titles(yi, `officerId=${officer2Id}`)).toEqual([]);
    const jiaSupervisor = client(t.app, '10.7.0.5');
    await jiaSupervisor.login('jxsf.supervisor');
    expect(await titles(jiaSupervisor, '')).toEqual(['丁', '丙', '乙', '甲']);
    const yiSupervisor = client(t.app, '10.7.0.6');
    await yiSupervisor.login('yxsf.supervisor');
    expect(await titles(yiSupervisor, '')).toEqual([]);
  });
});
