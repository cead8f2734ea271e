/**
 * Draws the annual statistics charts from the figures embedded in the page (the same numbers as the HTML table
 * beside them, which is what readers without JavaScript get). ECharts is loaded as a separate script.
 */
type Figures = { byKind: Record<string, number>; penalties: { byPenaltyKind: Record<string, number> } };
type Payload = { kinds: Record<string, string>; penaltyKinds: Record<string, string>; jurisdiction: Figures; agencies: Array<{ agencyName: string; figures: Figures & { decisions: number; published: number } }> };

declare const echarts: { init: (el: HTMLElement) => { setOption: (o: unknown) => void; resize: () => void } };

const data = JSON.parse(document.getElementById('statistics-data')?.textContent ?? 'null') as Payload | null;
const chart = (id: string, option: unknown, height = 320) => {
  const el = document.getElementById(id);
  if (!el || typeof echarts === 'undefined') return;
  el.style.height = `${height}px`;
  const c = echarts.init(el);
  c.setOption(option);
  window.addEventListener('resize', () => c.resize());
};

if (data) {
  // 'other' (法律、行政法规规定的其他行政处罚) is not recognised from the text, so it is not charted.
  // Stored figures come back from jsonb with their keys reordered: take the order from the label tables.
  const penaltyRows = Object.keys(data.penaltyKinds)
    .filter((k) => k !== 'other')
    .map((k) => [k, data.jurisdiction.penalties.byPenaltyKind[k] ?? 0] as const);
  chart('chart-kinds', {
    title: { text: '执法决定按类别', left: 'center', textStyle: { fontSize: 15 } },
    tooltip: { trigger: 'item' },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: Object.keys(data.kinds).map((k) => ({ name: data.kinds[k], value: data.jurisdiction.byKind[k] ?? 0 })).filter((d) => d.value > 0) }],
  });
  chart('chart-penalties', {
    title: { text: '行政处罚按种类', left: 'center', textStyle: { fontSize: 15 } },
    tooltip: { trigger: 'axis' },
    grid: { left: 150, right: 20 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: penaltyRows.map(([k]) => data.penaltyKinds[k] ?? k), axisLabel: { interval: 0, width: 140, overflow: 'truncate' } },
    series: [{ type: 'bar', data: penaltyRows.map(([, v]) => v), itemStyle: { color: '#b3261e' } }],
  }, 80 + penaltyRows.length * 26);
  chart('chart-agencies', {
    title: { text: '各执法主体决定数与公开数', left: 'center', textStyle: { fontSize: 15 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { top: 50, bottom: 110 },
    xAxis: { type: 'category', data: data.agencies.map((a) => a.agencyName), axisLabel: { interval: 0, rotate: 20 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '决定数', type: 'bar', data: data.agencies.map((a) => a.figures.decisions) },
      { name: '已公开', type: 'bar', data: data.agencies.map((a) => a.figures.published) },
    ],
  });
}
