import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { isPlainDate } from '@sanxiang/domain';
import { cnDate, dataError } from '../format.ts';
import type { CjkFonts } from '../fonts.ts';
import { renderPdf } from '../pdf.ts';
import { mergePdfs, PdfFile } from './pdf-merge.ts';

export type CaseFileDocument = {
  /** 文书名称 as listed in the 卷内目录. */
  title: string;
  /** 文号, when the document has one. */
  number?: string;
  /** The document's date, YYYY-MM-DD. */
  date: string;
  /** The issued PDF (as rendered by renderDocument, or any PDF with a classic cross-reference table). */
  pdf: Uint8Array;
};

export type CaseFileEvidence = { title: string; kind: string; fileName: string; sm3: string };

export type CaseFileInput = {
  caseTitle: string;
  caseNumber: string;
  agency: string;
  documents: CaseFileDocument[];
  evidence: CaseFileEvidence[];
  /** 归档日期; defaults to the latest document date. Also the PDF's creation date. */
  archivedOn?: string;
  /** 保管期限, e.g. 永久 / 30年 / 10年. */
  retention?: string;
  /** 立卷人. */
  compiledBy?: string;
};

/** A row of the 卷内目录: where each document sits in the merged file. */
export type CaseFileTocEntry = { seq: number; title: string; number?: string; date?: string; firstPage: number; lastPage: number };

export type CaseFilePdf = { pdf: Buffer; pageCount: number; toc: CaseFileTocEntry[] };

const pageRange = (e: { firstPage: number; lastPage: number }) => (e.firstPage === e.lastPage ? String(e.firstPage) : `${e.firstPage}-${e.lastPage}`);

const grid = { hLineWidth: () => 0.6, vLineWidth: () => 0.6, paddingTop: () => 4, paddingBottom: () => 4 };

const baseDefinition = (content: Content[]): TDocumentDefinitions => ({
  pageSize: 'A4',
  pageMargins: [64, 64, 56, 64],
  defaultStyle: { font: 'Serif', fontSize: 11, lineHeight: 1.3 },
  styles: { heading: { font: 'Serif', bold: true, fontSize: 20, alignment: 'center', margin: [0, 0, 0, 16] }, th: { alignment: 'center', fontSize: 10.5 } },
  content,
});

const table = (headers: string[], widths: Array<number | '*'>, rows: string[][], fontSize = 10): Content => ({
  table: { headerRows: 1, widths, body: [headers.map((h) => ({ text: h, style: 'th' })), ...rows.map((r) => r.map((v) => ({ text: v })))] },
  layout: grid,
  fontSize,
});

/**
 * 电子卷宗 as one PDF: a cover, the 卷内目录 (序号, 文书名称, 文号, 日期, 页号), every document's own pages as
 * issued (merged, not re-rendered), then the 证据材料目录 with each file's SM3 and the 卷内备考表. Page numbers
 * in the contents are those of the merged file, so a reader's "go to page" lands on the document.
 */
export const renderCaseFilePdf = async (input: CaseFileInput, options: { fonts?: CjkFonts } = {}): Promise<CaseFilePdf> => {
  for (const [field, v] of [['caseTitle', input.caseTitle], ['caseNumber', input.caseNumber], ['agency', input.agency]] as const) {
    if (!v?.trim()) throw dataError(field, '不能为空');
  }
  if (!input.documents?.length) throw dataError('documents', '卷宗至少包含一份文书');
  input.documents.forEach((d, i) => {
    if (!d.title?.trim()) throw dataError(`documents[${i}].title`, '不能为空');
    if (!isPlainDate(d.date ?? '')) throw dataError(`documents[${i}].date`, '日期应为 YYYY-MM-DD');
  });
  const docPages = input.documents.map((d, i) => new PdfFile(d.pdf, i).pages().length);
  const archivedOn = input.archivedOn ?? input.documents.map((d) => d.date).sort().at(-1)!;
  if (!isPlainDate(archivedOn)) throw dataError('archivedOn', '日期应为 YYYY-MM-DD');
  const createdAt = new Date(`${archivedOn}T00:00:00+08:00`);
  const render = (content: Content[], title: string) => renderPdf(baseDefinition(content), { title, author: input.agency, createdAt, fonts: options.fonts });
  const documentsPages = docPages.reduce((a, b) => a + b, 0);

  const layoutToc = (front: number, back: number): { toc: CaseFileTocEntry[]; total: number } => {
    let page = front + 1;
    const toc: CaseFileTocEntry[] = input.documents.map((d, i) => {
      const entry = { seq: i + 1, title: d.title, number: d.number, date: d.date, firstPage: page, lastPage: page + docPages[i] - 1 };
      page += docPages[i];
      return entry;
    });
    toc.push({ seq: toc.length + 1, title: '证据材料目录及卷内备考表', firstPage: page, lastPage: page + back - 1 });
    return { toc, total: front + documentsPages + back };
  };

  const frontContent = (toc: CaseFileTocEntry[], total: number): Content[] => [
    { text: input.agency, alignment: 'center', fontSize: 16, margin: [0, 80, 0, 24] },
    { text: '行政执法案件卷宗', style: 'heading', fontSize: 28, margin: [0, 0, 0, 8] },
    { text: '（电子卷宗）', alignment: 'center', margin: [0, 0, 0, 60] },
    {
      table: {
        widths: [110, '*'],
        body: [
          ['案件名称', input.caseTitle],
          ['案号', input.caseNumber],
          ['卷内文件', `${input.documents.length}件，共${total}页`],
          ['证据材料', `${input.evidence.length}项`],
          ['归档日期', cnDate(archivedOn, 'archivedOn')],
          ['保管期限', input.retention ?? ''],
          ['立卷人', input.compiledBy ?? ''],
        ].map(([a, b]) => [{ text: a }, { text: b }]),
      },
      layout: grid,
      fontSize: 13,
      margin: [40, 0, 40, 0],
    },
    { text: '卷内目录', style: 'heading', pageBreak: 'before' },
    table(
      ['序号', '文书名称', '文号', '日期', '页号'],
      [30, '*', 130, 80, 45],
      toc.map((e) => [String(e.seq), e.title, e.number ?? '', e.date ? cnDate(e.date) : '', pageRange(e)]),
    ),
  ];

  const backContent = (total: number): Content[] => [
    { text: '证据材料目录', style: 'heading' },
    input.evidence.length
      ? table(
          ['序号', '证据名称', '种类', '文件名', 'SM3 杂凑值'],
          [28, '*', 60, 90, 150],
          input.evidence.map((e, i) => [String(i + 1), e.title, e.kind, e.fileName, e.sm3]),
          9,
        )
      : { text: '本卷无电子证据材料。', alignment: 'center' },
    { text: '卷内备考表', style: 'heading', pageBreak: 'before' },
    {
      text: `本卷共有文书${input.documents.length}件、证据材料${input.evidence.length}项，共${total}页。各文书为作出时生成的原始 PDF，证据材料以电子文件形式随卷保存，其 SM3 杂凑值见证据材料目录及归档包清单（manifest.json）。`,
      leadingIndent: 22,
      lineHeight: 1.8,
    },
    { text: `立卷人：${input.compiledBy ?? '　　　　'}　　　　检查人：　　　　`, margin: [0, 40, 0, 8] },
    { text: `立卷时间：${cnDate(archivedOn, 'archivedOn')}` },
  ];

  // The contents give page numbers that depend on how long the contents and the back matter are: lay out
  // until the page counts stop changing (two rounds in practice).
  let front = 2;
  let back = 2;
  let frontPdf: Buffer | undefined;
  let backPdf: Buffer | undefined;
  let toc: CaseFileTocEntry[] = [];
  for (let round = 0; round < 6; round++) {
    const laid = layoutToc(front, back);
    toc = laid.toc;
    frontPdf = await render(frontContent(toc, laid.total), `${input.caseTitle} 卷内目录`);
    backPdf = await render(backContent(laid.total), `${input.caseTitle} 备考表`);
    const f = new PdfFile(frontPdf).pages().length;
    const b = new PdfFile(backPdf).pages().length;
    if (f === front && b === back) break;
    front = f;
    back = b;
  }
  const bookmarks = [
    { title: '封面', page: 1 },
    { title: '卷内目录', page: 2 },
    ...toc.map((e) => ({ title: `${e.seq} ${e.title}${e.number ? ` ${e.number}` : ''}`, page: e.firstPage })),
  ];
  const pdf = mergePdfs([frontPdf!, ...input.documents.map((d) => d.pdf), backPdf!], {
    title: `${input.caseTitle}（${input.caseNumber}）电子卷宗`,
    createdAt,
    bookmarks,
  });
  return { pdf, pageCount: front + documentsPages + back, toc };
};
