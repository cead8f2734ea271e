import type { FlowBranch, FlowNode, ProcedureFlow } from './procedures.ts';

/**
 * Draws a procedure (procedures.ts) as a standalone SVG string: no dependencies, no fonts measured, the same
 * output for the same input. Text widths are estimated (a CJK character is as wide as the font size, Latin
 * characters a little over half), which is what browsers render for Noto Sans CJK and its fallbacks.
 *
 * Layout: the spine runs down the middle; beside each step on the left, its time limits (red) and article
 * (grey); a decision's other answer leads to a side step on the right, which rejoins the spine lower down,
 * loops back up, or ends there.
 */

const FONT = 14;
const SMALL = 12;
const LINE = 20;
const SMALL_LINE = 16;
const PAD = 24;
const TITLE_H = 46;
const LEGEND_H = 34;
const LEGEND_W = 420;
const GAP = 36; // vertical room between rows, where the arrows run
const NOTE_GAP = 14; // between a spine node and its notes
const SIDE_GAP = 64; // between the spine column and the side column (the answer label sits on that arrow)
const SIDE_ROUTE = 18; // a rejoin or loop leaves the side step this far to its right
const LABEL_MAX = 210;
const NOTE_MAX = 250;
const MIN_BOX = 150;

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Estimated advance width of a string at a font size: CJK and full-width characters take the full size. */
export const measureText = (text: string, size = FONT): number => {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? size : /[A-Z0-9%]/.test(ch) ? size * 0.62 : size * 0.55;
  return Math.round(width);
};

// A line may not start with closing punctuation (避头点): such a character stays on the line before.
const NO_LINE_START = /[，。、；：？！）》」』”’,.;:)%]/u;

/** Greedy line breaking by estimated width; Chinese breaks between any two characters. */
export const wrapText = (text: string, maxWidth: number, size = FONT): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line !== '' && measureText(line + ch, size) > maxWidth && !NO_LINE_START.test(ch)) {
      lines.push(line);
      line = ch;
    } else line += ch;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
};

export const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

const PALETTE = {
  general: { stroke: '#2f5fb3', fill: '#eef3fc', solid: '#2f5fb3', badge: '一般程序' },
  simple: { stroke: '#0f7b4a', fill: '#e7f5ee', solid: '#0f7b4a', badge: '简易程序' },
} as const;
const DECISION = { stroke: '#b36b00', fill: '#fff6e0' };
const ENDING = { stroke: '#b3261e', fill: '#fdecea' };
const LIMIT_COLOR = '#b3261e';
const BASIS_COLOR = '#5c6370';
const LINE_COLOR = '#4a4f57';

type Shape = 'terminal' | 'step' | 'decision' | 'side' | 'side-end';

type Box = { id: string; shape: Shape; lines: string[]; w: number; h: number; cx: number; cy: number };

type NoteLine = { text: string; color: string };

const noteLines = (step: { notes?: string[]; basis?: string }, width: number): NoteLine[] => [
  ...(step.notes ?? []).flatMap((n) => wrapText(n, width, SMALL).map((text) => ({ text, color: LIMIT_COLOR }))),
  ...(step.basis ? wrapText(step.basis, width, SMALL).map((text) => ({ text, color: BASIS_COLOR })) : []),
];

const widest = (lines: readonly string[], size: number) => Math.max(0, ...lines.map((l) => measureText(l, size)));

const boxSize = (lines: string[]) => ({ w: Math.max(MIN_BOX, widest(lines, FONT) + 40), h: lines.length * LINE + 20 });

// A diamond's text sits on its widest part; the text box's corners must stay inside the diamond.
const diamondSize = (lines: string[]) => {
  const textW = widest(lines, FONT);
  const textH = lines.length * LINE;
  const h = Math.max(64, textH + 40);
  const w = Math.max(MIN_BOX, Math.ceil((textW + 16) / (1 - textH / h)));
  return { w, h };
};

export type FlowchartOptions = {
  /** Prefix for the ids inside the SVG, so several charts can sit on one page. Letters, digits, - and _. */
  idPrefix?: string;
  /** The accessible name; defaults to the flow's title. */
  title?: string;
};

type Row = { node: FlowNode; box: Box; notes: NoteLine[]; side?: { box: Box; notes: NoteLine[]; branch: FlowBranch; width: number } };

/** The flow as an SVG document fragment (an <svg> element with role="img", <title> and <desc>). */
export const renderFlowchart = (flow: ProcedureFlow, options: FlowchartOptions = {}): string => {
  const prefix = (options.idPrefix ?? `fc-${flow.key}`).replace(/[^A-Za-z0-9_-]/g, '') || 'fc';
  const palette = PALETTE[flow.variant];
  const accessibleTitle = options.title ?? flow.title;

  // Measure every node and its notes first; the columns follow from the widest.
  const rows: Row[] = flow.nodes.map((node) => {
    const label = node.type === 'decision' ? `${node.label}？` : node.label;
    const lines = wrapText(label, LABEL_MAX);
    const size = node.type === 'decision' ? diamondSize(lines) : boxSize(lines);
    const box: Box = { id: node.id, shape: node.type, lines, ...size, cx: 0, cy: 0 };
    const row: Row = { node, box, notes: noteLines(node, NOTE_MAX) };
    if (node.type === 'decision') {
      const sideLines = wrapText(node.branch.step.label, LABEL_MAX);
      const sideBox: Box = { id: node.branch.step.id, shape: node.branch.step.terminal ? 'side-end' : 'side', lines: sideLines, ...boxSize(sideLines), cx: 0, cy: 0 };
      sideBox.w = Math.max(sideBox.w, 170);
      const notes = noteLines(node.branch.step, Math.max(sideBox.w, 230));
      // The side column is as wide as the box or its notes, whichever is wider; the return line runs outside it.
      row.side = { box: sideBox, notes, branch: node.branch, width: Math.max(sideBox.w, widest(notes.map((n) => n.text), SMALL)) };
    }
    return row;
  });

  const notesW = Math.max(0, ...rows.map((r) => widest(r.notes.map((n) => n.text), SMALL)));
  const spineW = Math.max(...rows.map((r) => r.box.w));
  const sideRows = rows.filter((r) => r.side);
  const sideW = sideRows.length ? Math.max(...sideRows.map((r) => r.side!.width)) + SIDE_ROUTE + 8 : 0;

  const spineX = PAD + notesW + (notesW ? NOTE_GAP : 0) + spineW / 2;
  const sideLeft = spineX + spineW / 2 + SIDE_GAP;
  const titleW = measureText(accessibleTitle, 17) + 96;
  const width = Math.ceil(Math.max(spineX + spineW / 2 + (sideW ? SIDE_GAP + sideW : 0) + PAD, titleW + 2 * PAD, LEGEND_W + 2 * PAD));

  // Place the rows top to bottom.
  let y = PAD + TITLE_H;
  for (const r of rows) {
    const notesH = r.notes.length * SMALL_LINE;
    const core = Math.max(r.box.h, notesH, r.side?.box.h ?? 0);
    const cy = y + core / 2;
    r.box.cx = spineX;
    r.box.cy = cy;
    let bottom = cy + Math.max(r.box.h, notesH) / 2;
    if (r.side) {
      r.side.box.cx = sideLeft + r.side.box.w / 2;
      r.side.box.cy = cy;
      bottom = Math.max(bottom, cy + r.side.box.h / 2 + (r.side.notes.length ? 6 + r.side.notes.length * SMALL_LINE : 0));
    }
    y = bottom + GAP;
  }
  const height = Math.ceil(y - GAP + 16 + LEGEND_H + PAD);
  const byId = new Map(rows.map((r) => [r.node.id, r.box]));

  const out: string[] = [];
  const arrow = `url(#${prefix}-arrow)`;
  const path = (points: Array<[number, number]>, extra = '') =>
    out.push(`<path d="${points.map(([px, py], i) => `${i ? 'L' : 'M'}${fmt(px)} ${fmt(py)}`).join(' ')}" fill="none" stroke="${LINE_COLOR}" stroke-width="1.5" marker-end="${arrow}"${extra}/>`);
  const text = (x: number, ty: number, content: string, attrs: string) => out.push(`<text x="${fmt(x)}" y="${fmt(ty)}" ${attrs}>${escapeXml(content)}</text>`);

  // Title and the procedure badge (一般程序 / 简易程序), so the two are told apart at a glance.
  text(PAD, PAD + 18, flow.title, `font-size="17" font-weight="700" fill="#1f2329"`);
  const badgeX = PAD + measureText(flow.title, 17) + 12;
  out.push(`<rect x="${fmt(badgeX)}" y="${PAD + 3}" width="72" height="22" rx="11" fill="${palette.solid}"/>`);
  text(badgeX + 36, PAD + 19, palette.badge, `font-size="${SMALL}" fill="#ffffff" text-anchor="middle" font-weight="700"`);

  const drawBox = (b: Box) => {
    const left = b.cx - b.w / 2;
    const top = b.cy - b.h / 2;
    const attrs = `data-node="${escapeXml(b.id)}" data-kind="${b.shape}"`;
    out.push(`<g ${attrs}>`);
    let textColor = '#1f2329';
    switch (b.shape) {
      case 'decision':
        out.push(
          `<polygon points="${fmt(b.cx)},${fmt(top)} ${fmt(b.cx + b.w / 2)},${fmt(b.cy)} ${fmt(b.cx)},${fmt(top + b.h)} ${fmt(left)},${fmt(b.cy)}" fill="${DECISION.fill}" stroke="${DECISION.stroke}" stroke-width="1.5"/>`,
        );
        break;
      case 'terminal':
        out.push(`<rect x="${fmt(left)}" y="${fmt(top)}" width="${fmt(b.w)}" height="${fmt(b.h)}" rx="${fmt(b.h / 2)}" fill="${palette.solid}" stroke="${palette.stroke}" stroke-width="1.5"/>`);
        textColor = '#ffffff';
        break;
      case 'step':
        out.push(`<rect x="${fmt(left)}" y="${fmt(top)}" width="${fmt(b.w)}" height="${fmt(b.h)}" rx="6" fill="${palette.fill}" stroke="${palette.stroke}" stroke-width="1.5"/>`);
        break;
      case 'side':
        out.push(`<rect x="${fmt(left)}" y="${fmt(top)}" width="${fmt(b.w)}" height="${fmt(b.h)}" rx="6" fill="#ffffff" stroke="${palette.stroke}" stroke-width="1.5" stroke-dasharray="5 3"/>`);
        break;
      case 'side-end':
        out.push(`<rect x="${fmt(left)}" y="${fmt(top)}" width="${fmt(b.w)}" height="${fmt(b.h)}" rx="${fmt(b.h / 2)}" fill="${ENDING.fill}" stroke="${ENDING.stroke}" stroke-width="1.5"/>`);
        break;
    }
    const firstBaseline = b.cy - ((b.lines.length - 1) * LINE) / 2 + 5;
    b.lines.forEach((line, i) => text(b.cx, firstBaseline + i * LINE, line, `font-size="${FONT}" fill="${textColor}" text-anchor="middle"${b.shape === 'terminal' ? ' font-weight="700"' : ''}`));
    out.push('</g>');
  };

  const drawNotes = (notes: NoteLine[], x: number, firstBaseline: number, anchor: 'start' | 'end') =>
    notes.forEach((n, i) => text(x, firstBaseline + i * SMALL_LINE, n.text, `font-size="${SMALL}" fill="${n.color}" text-anchor="${anchor}"`));

  // Spine arrows first, so boxes are drawn over their ends.
  rows.forEach((r, i) => {
    const next = rows[i + 1];
    if (!next) return;
    const from = r.box.cy + r.box.h / 2;
    const to = next.box.cy - next.box.h / 2;
    path([[spineX, from], [spineX, to]]);
    if (r.node.type === 'decision') text(spineX + 8, from + 16, r.node.continueAnswer, `font-size="${SMALL}" font-weight="700" fill="${DECISION.stroke}"`);
  });

  for (const r of rows) {
    if (!r.side) continue;
    const s = r.side.box;
    const sideLeftX = s.cx - s.w / 2;
    path([[r.box.cx + r.box.w / 2, r.box.cy], [sideLeftX, s.cy]]);
    text((r.box.cx + r.box.w / 2 + sideLeftX) / 2, s.cy - 7, r.side.branch.answer, `font-size="${SMALL}" font-weight="700" fill="${DECISION.stroke}" text-anchor="middle"`);
    const routeX = sideLeftX + r.side.width + SIDE_ROUTE;
    const then = r.side.branch.then;
    if (then.kind === 'rejoin') {
      const target = byId.get(then.target);
      if (!target) throw new Error(`flow ${flow.key}: rejoin target ${then.target} is not on the spine`);
      const joinY = target.cy - target.h / 2 - 14;
      path([[s.cx + s.w / 2, s.cy], [routeX, s.cy], [routeX, joinY], [spineX, joinY], [spineX, target.cy - target.h / 2]]);
    } else if (then.kind === 'loop') {
      const target = byId.get(then.target);
      if (!target) throw new Error(`flow ${flow.key}: loop target ${then.target} is not on the spine`);
      path([[s.cx + s.w / 2, s.cy], [routeX, s.cy], [routeX, target.cy], [target.cx + target.w / 2, target.cy]], ' stroke-dasharray="6 3"');
    }
  }

  for (const r of rows) {
    drawBox(r.box);
    const notesFirst = r.box.cy - ((r.notes.length - 1) * SMALL_LINE) / 2 + 4;
    drawNotes(r.notes, r.box.cx - r.box.w / 2 - NOTE_GAP, notesFirst, 'end');
    if (r.side) {
      drawBox(r.side.box);
      drawNotes(r.side.notes, r.side.box.cx - r.side.box.w / 2, r.side.box.cy + r.side.box.h / 2 + 6 + 12, 'start');
    }
  }

  // Legend: what the shapes and colours mean.
  const legendY = height - PAD - 10;
  out.push(`<g data-legend="true">`);
  out.push(`<rect x="${PAD}" y="${legendY - 11}" width="22" height="14" rx="3" fill="${palette.fill}" stroke="${palette.stroke}"/>`);
  text(PAD + 28, legendY, '办理环节', `font-size="${SMALL}" fill="${BASIS_COLOR}"`);
  const dx = PAD + 100;
  out.push(`<polygon points="${dx + 11},${legendY - 12} ${dx + 22},${legendY - 4} ${dx + 11},${legendY + 4} ${dx},${legendY - 4}" fill="${DECISION.fill}" stroke="${DECISION.stroke}"/>`);
  text(dx + 28, legendY, '判断', `font-size="${SMALL}" fill="${BASIS_COLOR}"`);
  text(dx + 76, legendY, '红字：法定时限与要求', `font-size="${SMALL}" fill="${LIMIT_COLOR}"`);
  text(dx + 214, legendY, '灰字：法律依据', `font-size="${SMALL}" fill="${BASIS_COLOR}"`);
  out.push('</g>');

  const spineText = rows.map((r) => (r.node.type === 'decision' ? `${r.node.label}？（${r.node.branch.answer}：${r.node.branch.step.label}）` : r.node.label)).join(' → ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" data-flow="${flow.key}" data-procedure="${flow.variant}" font-family="'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif">`,
    `<title id="${prefix}-title">${escapeXml(accessibleTitle)}</title>`,
    `<desc id="${prefix}-desc">${escapeXml(`${flow.title}（${palette.badge}）：${spineText}`)}</desc>`,
    `<defs><marker id="${prefix}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${LINE_COLOR}"/></marker></defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...out,
    '</svg>',
  ].join('\n');
};

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, ''));
