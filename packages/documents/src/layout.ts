import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { cnDate } from './format.ts';

/**
 * The few shapes every 执法文书 is made of. A template maps its typed data to a list of blocks; this file alone
 * decides how a block looks on paper, so all documents share one layout.
 */
export type Block =
  /** A bordered two-column table of labelled values (审批表, 笔录 headers). Empty values print as a blank line to fill in. */
  | { type: 'fields'; rows: ReadonlyArray<readonly [label: string, value: string | undefined]> }
  /** A body paragraph, indented two characters like official prose. */
  | { type: 'text'; text: string; indent?: boolean; bold?: boolean; align?: 'left' | 'center' | 'right' }
  /** A labelled paragraph: "一、违法事实" then its text. */
  | { type: 'section'; title: string; text?: string; lines?: readonly string[] }
  /** A grid with a header row (物品清单, 卷内目录). */
  | { type: 'table'; headers: readonly string[]; rows: ReadonlyArray<readonly string[]>; widths?: ReadonlyArray<number | '*' | 'auto'> }
  /** Questions and answers of a 笔录. */
  | { type: 'qa'; items: ReadonlyArray<{ q: string; a: string }> }
  /** Approval boxes: each opinion with the signer and date (审批表). */
  | { type: 'opinions'; items: ReadonlyArray<{ label: string; opinion?: string; name?: string; date?: string }> }
  /** Lines for signatures: "被询问人（签名）：____ 日期：____". */
  | { type: 'signatures'; lines: ReadonlyArray<{ label: string; name?: string; date?: string }> }
  /** The issuing agency, the seal placeholder and the date, right-aligned at the end of a decision. */
  | { type: 'issuer'; agencyName: string; date: string; seal?: boolean }
  /** A second part on a new page (物品清单 after the 决定书), with its own heading. */
  | { type: 'annex'; title: string; number?: string };

export type Layout = {
  agencyName: string;
  title: string;
  number?: string;
  blocks: readonly Block[];
  /** Printed small under the last block, e.g. "本文书一式两份，一份送达当事人，一份归档。" */
  note?: string;
};

const BLANK = '　'.repeat(8);
// Official prose indents each paragraph by two characters of the 12 pt body text.
const INDENT = 24;

const cell = (text: string, extra: Record<string, unknown> = {}): Content => ({ text, ...extra }) as Content;

const blockContent = (block: Block): Content => {
  switch (block.type) {
    case 'fields':
      return {
        table: {
          widths: [110, '*'],
          body: block.rows.map(([label, value]) => [cell(label, { style: 'label' }), cell(value ?? '')]),
        },
        layout: 'formGrid',
        margin: [0, 4, 0, 8],
      };
    case 'text':
      return {
        text: block.text,
        leadingIndent: block.indent === false ? 0 : INDENT,
        bold: block.bold,
        alignment: block.align ?? 'justify',
        margin: [0, 2, 0, 4],
      };
    case 'section':
      return {
        stack: [
          { text: block.title, bold: true, margin: [0, 6, 0, 2] },
          ...[...(block.text ? [block.text] : []), ...(block.lines ?? [])].map((line) => ({ text: line, leadingIndent: INDENT, alignment: 'justify' as const })),
        ],
        margin: [0, 0, 0, 4],
      };
    case 'table':
      return {
        table: {
          headerRows: 1,
          widths: block.widths ? [...block.widths] : block.headers.map(() => '*'),
          body: [block.headers.map((h) => cell(h, { style: 'label', alignment: 'center' })), ...block.rows.map((r) => r.map((v) => cell(v)))],
        },
        layout: 'formGrid',
        fontSize: 10.5,
        margin: [0, 4, 0, 8],
      };
    case 'qa':
      return {
        stack: block.items.flatMap(({ q, a }) => [
          { text: [{ text: '问：', bold: true }, q], margin: [0, 2, 0, 0] },
          { text: [{ text: '答：', bold: true }, { text: a, font: 'Kai' }], margin: [0, 0, 0, 2] },
        ]),
        margin: [0, 4, 0, 8],
      };
    case 'opinions':
      return {
        table: {
          widths: [110, '*'],
          body: block.items.map((o) => [
            cell(o.label, { style: 'label' }),
            {
              stack: [
                { text: o.opinion ?? '', font: 'Kai', minHeight: 30 },
                { text: `签名：${o.name ?? BLANK}　　日期：${o.date ? cnDate(o.date, o.label) : BLANK}`, alignment: 'right', margin: [0, 8, 0, 0] },
              ],
            },
          ]),
        },
        layout: 'formGrid',
        margin: [0, 4, 0, 8],
      };
    case 'signatures':
      return {
        stack: block.lines.map((l) => ({
          columns: [
            { text: `${l.label}：${l.name ?? BLANK}`, width: '*' },
            { text: `日期：${l.date ? cnDate(l.date, l.label) : BLANK}`, width: 150 },
          ],
          columnGap: 12,
          margin: [0, 6, 0, 0],
        })),
        margin: [0, 10, 0, 4],
      };
    case 'issuer':
      return {
        stack: [
          { text: block.agencyName },
          ...(block.seal === false ? [] : [{ text: '（印章）' }]),
          { text: cnDate(block.date, 'header.date') },
        ],
        alignment: 'right',
        margin: [0, 24, 20, 8],
        lineHeight: 1.6,
      };
    case 'annex':
      return {
        stack: [
          { text: block.title, style: 'title', pageBreak: 'before' },
          ...(block.number ? [{ text: block.number, style: 'number' }] : []),
        ],
      };
  }
};

/** The pdfmake definition of a document: agency, title, number, the blocks, a page footer "第 n 页 共 m 页". */
export const documentDefinition = (layout: Layout): TDocumentDefinitions => ({
  pageSize: 'A4',
  // GB/T 9704 puts the text block 156 mm × 225 mm on A4; these margins come close while leaving room for the footer.
  pageMargins: [72, 64, 64, 64],
  defaultStyle: { font: 'Serif', fontSize: 12, lineHeight: 1.45 },
  styles: {
    agency: { font: 'Serif', bold: true, fontSize: 18, alignment: 'center', margin: [0, 0, 0, 2] },
    title: { font: 'Serif', bold: true, fontSize: 20, alignment: 'center', margin: [0, 0, 0, 6], characterSpacing: 2 },
    number: { alignment: 'center', margin: [0, 0, 0, 10] },
    label: { fontSize: 11 },
    note: { fontSize: 9, color: '#444444', margin: [0, 12, 0, 0] },
  },
  content: [
    { text: layout.agencyName, style: 'agency' },
    { text: layout.title, style: 'title' },
    ...(layout.number ? [{ text: layout.number, style: 'number' }] : [{ text: '', margin: [0, 0, 0, 6] } as Content]),
    ...layout.blocks.map(blockContent),
    ...(layout.note ? [{ text: layout.note, style: 'note' }] : []),
  ],
  footer: (page: number, pages: number) => ({ text: `第 ${page} 页 共 ${pages} 页`, alignment: 'center', fontSize: 9, margin: [0, 20, 0, 0] }),
});

/** Table lines for forms: thin black rules, roomy cells. Registered with pdfmake by `renderPdf`. */
export const TABLE_LAYOUTS = {
  formGrid: {
    hLineWidth: () => 0.6,
    vLineWidth: () => 0.6,
    paddingLeft: () => 5,
    paddingRight: () => 5,
    paddingTop: () => 4,
    paddingBottom: () => 4,
  },
};
