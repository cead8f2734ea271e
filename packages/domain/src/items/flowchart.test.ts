import { describe, expect, it } from 'vitest';
import { measureText, renderFlowchart, wrapText } from './flowchart.ts';
import { flowLabels, procedureFlow } from './procedures.ts';
import { checkWellFormedXml } from './xml-check.ts';

const nodesOf = (svg: string) => [...svg.matchAll(/<g data-node="([^"]+)" data-kind="([^"]+)">/g)].map((m) => ({ id: m[1], kind: m[2] }));
const general = renderFlowchart(procedureFlow({ kind: 'penalty', procedure: 'general', legalReview: 'major-only' }));
const simple = renderFlowchart(procedureFlow({ kind: 'penalty', procedure: 'simple' }));
const licensing = renderFlowchart(procedureFlow({ kind: 'licensing', procedure: 'general', timeLimit: { statutoryDays: 20, dayKind: 'working', promisedDays: 10 } }));

describe('text measurement', () => {
  it('counts a CJK character as the font size and Latin as about half', () => {
    expect(measureText('法制审核', 14)).toBe(56);
    expect(measureText('立案', 12)).toBe(24);
    expect(measureText('abc', 14)).toBeLessThan(28);
    expect(wrapText('告知拟处罚内容及事实、理由、依据', 84, 14)).toEqual(['告知拟处罚内', '容及事实、理', '由、依据']);
    // A closing mark never starts a line.
    expect(wrapText('甲乙丙，丁', 42, 14)).toEqual(['甲乙丙，', '丁']);
  });
});

describe('procedure flowcharts', () => {
  it('draws the general penalty procedure in order, with the review and discussion branches and time limits', () => {
    const nodes = nodesOf(general);
    expect(nodes.map((n) => n.id)).toEqual([
      'file', 'investigate', 'examine', 'needs-review', 'legal-review', 'collective-check', 'collective', 'notify', 'hearing-check', 'hearing', 'defend', 'decide', 'serve', 'execute', 'close',
    ]);
    expect(nodes.filter((n) => n.kind === 'decision')).toHaveLength(3);
    for (const label of ['立案', '调查取证', '审查（调查终结）', '是否需要法制审核？', '法制审核', '集体讨论', '事先告知', '陈述申辩', '听证', '决定', '送达', '执行', '结案']) {
      expect(general).toContain(`>${label}</text>`);
    }
    expect(general).toContain('自立案之日起90日内');
    expect(general).toContain('7个工作日内送达');
    expect(general).toContain('《行政处罚法》第五十八条');
    expect(general).toMatch(/<title id="fc-penalty-general-title">行政处罚一般程序流程图<\/title>/);
  });

  it('draws the simple procedure as a different, shorter flow, marked 简易程序', () => {
    const nodes = nodesOf(simple);
    expect(nodes.map((n) => n.id)).toEqual(['on-spot', 'show-id', 'inform', 'defend', 'decide', 'deliver', 'collect-check', 'collect', 'record']);
    expect(simple).toContain('data-procedure="simple"');
    expect(general).toContain('data-procedure="general"');
    expect(simple).toContain('>简易程序</text>');
    expect(simple).not.toContain('>立案</text>');
    expect(simple).not.toContain('法制审核');
    expect(simple).toContain('2个工作日内交至行政机关');
    expect(simple).not.toBe(general);
  });

  it('makes legal review a plain step when every decision of the item is reviewed', () => {
    const always = renderFlowchart(procedureFlow({ kind: 'penalty', procedure: 'general', legalReview: 'always' }));
    expect(nodesOf(always).find((n) => n.id === 'legal-review')).toEqual({ id: 'legal-review', kind: 'step' });
    expect(always).not.toContain('是否需要法制审核');
  });

  it('draws licensing with the 5-day notice loop, the refusal ending and the item time limits', () => {
    const nodes = nodesOf(licensing);
    expect(nodes.map((n) => n.id)).toEqual(['apply', 'complete-check', 'supplement', 'accept', 'examine', 'grant-check', 'refuse', 'decide', 'issue']);
    expect(nodes.find((n) => n.id === 'refuse')!.kind).toBe('side-end');
    expect(licensing).toContain('当场或5个工作日内告知');
    expect(licensing).toContain('自受理之日起20个工作日内');
    expect(licensing).toContain('承诺10个工作日内办结');
    expect(licensing).toContain('经负责人批准可延长10个工作日');
    expect(licensing).toContain('作出决定之日起10个工作日内');
    expect(licensing).toContain('stroke-dasharray="6 3"'); // the loop back to 申请
  });

  it('is valid, accessible and deterministic SVG for every kind', () => {
    for (const kind of ['penalty', 'licensing', 'coercion', 'expropriation', 'inspection', 'other'] as const) {
      for (const procedure of ['general', 'simple'] as const) {
        const flow = procedureFlow({ kind, procedure });
        const svg = renderFlowchart(flow, { idPrefix: 'item-1', title: '对<某>事项 & 流程' });
        const check = checkWellFormedXml(svg);
        expect(check, `${kind}/${procedure}`).toMatchObject({ ok: true, root: 'svg' });
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+" width="\d+" height="\d+" role="img" aria-labelledby="item-1-title item-1-desc"/);
        expect(svg).toContain('<title id="item-1-title">对&lt;某&gt;事项 &amp; 流程</title>');
        expect(svg).toContain('marker-end="url(#item-1-arrow)"');
        expect(renderFlowchart(flow, { idPrefix: 'item-1', title: '对<某>事项 & 流程' })).toBe(svg);
        for (const label of flowLabels(flow)) expect(svg, label).toContain(label.slice(0, 4));
      }
    }
  });

  it('keeps every box inside the drawing', () => {
    for (const svg of [general, simple, licensing]) {
      const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number);
      for (const m of svg.matchAll(/<rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/g)) {
        const [x, y, rw, rh] = m.slice(1).map(Number);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(x + rw).toBeLessThanOrEqual(w);
        expect(y + rh).toBeLessThanOrEqual(h);
      }
    }
  });
});
