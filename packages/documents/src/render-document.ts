import { DomainError, isPlainDate } from '@sanxiang/domain';
import type { CjkFonts } from './fonts.ts';
import { dataError } from './format.ts';
import { documentDefinition, type Layout } from './layout.ts';
import { kindCodeOf, parseDocumentNumber } from './numbers.ts';
import { renderPdf } from './pdf.ts';
import type { KindSpec } from './kinds/common.ts';
import { KIND_SPECS } from './kinds/index.ts';

export type DocumentKind = keyof typeof KIND_SPECS;
type DataOf<S> = S extends KindSpec<infer D> ? D : never;
/** The typed data each kind takes, by kind key. */
export type DocumentDataMap = { [K in DocumentKind]: DataOf<(typeof KIND_SPECS)[K]> };

export type DocumentKindInfo = {
  key: DocumentKind;
  /** The Chinese title, as the document prints it (a kind may vary it, e.g. 查封决定书 / 扣押决定书). */
  title: string;
  /** The code in the 文号 (罚 in 甲县市监罚〔2026〕12号); null when the document carries no 文号. */
  numberCode: string | null;
  /** True when a number is required before the document can be rendered. */
  numberRequired: boolean;
  description: string;
};

/** Every document kind this package renders, in procedure order. */
export const DOCUMENT_KINDS: readonly DocumentKindInfo[] = (Object.keys(KIND_SPECS) as DocumentKind[]).map((key) => ({
  key,
  title: KIND_SPECS[key].title,
  numberCode: KIND_SPECS[key].numberCode,
  numberRequired: KIND_SPECS[key].numberCode !== null && !(KIND_SPECS[key] as KindSpec<unknown>).numberOptional,
  description: KIND_SPECS[key].description,
}));

const NUMBER_CODES = DOCUMENT_KINDS.flatMap((k) => (k.numberCode ? [k.numberCode] : []));

export const isDocumentKind = (kind: string): kind is DocumentKind => Object.hasOwn(KIND_SPECS, kind);

const specOf = (kind: string): KindSpec<any> => {
  if (!isDocumentKind(kind)) throw new DomainError('DOCUMENT_KIND_UNKNOWN', 'invalid', `未知的文书种类：${kind}`, { kind });
  return KIND_SPECS[kind] as KindSpec<any>;
};

const checkHeader = (spec: KindSpec<any>, data: { header?: { agencyName?: string; number?: string; date?: string } }) => {
  const h = data?.header;
  if (!h?.agencyName?.trim()) throw dataError('header.agencyName', '须写明作出文书的行政机关名称');
  if (!h.date || !isPlainDate(h.date)) throw dataError('header.date', `文书日期应为 YYYY-MM-DD：${h.date ?? ''}`);
  if (spec.numberCode === null) return;
  if (!h.number?.trim() && spec.numberOptional) return;
  if (!h.number?.trim()) throw new DomainError('DOCUMENT_NUMBER_REQUIRED', 'invalid', `${spec.title}须有文号`, { field: 'header.number' });
  const parsed = parseDocumentNumber(h.number);
  if (!parsed) throw new DomainError('DOCUMENT_NUMBER_INVALID', 'invalid', `文号格式应为“机关简称+文书代字〔年份〕序号号”：${h.number}`, { field: 'header.number' });
  const code = kindCodeOf(parsed.prefix, NUMBER_CODES);
  if (code !== spec.numberCode) {
    throw new DomainError('DOCUMENT_NUMBER_KIND_MISMATCH', 'invalid', `文号 ${h.number} 不是${spec.title}的文号（文书代字应为“${spec.numberCode}”）`, {
      field: 'header.number',
    });
  }
};

/** The layout of a document (title, number, blocks) without rendering it: what the PDF will say. */
export const documentLayout = <K extends DocumentKind>(kind: K, data: DocumentDataMap[K]): Layout => {
  const spec = specOf(kind);
  checkHeader(spec, data);
  const built = spec.build(data);
  return { agencyName: data.header.agencyName, title: built.title ?? spec.title, number: data.header.number, blocks: built.blocks, note: built.note };
};

/**
 * Renders one 执法文书 to PDF bytes. Bad data is refused before anything is drawn: DOCUMENT_DATA_INVALID naming
 * the field, DOCUMENT_NUMBER_REQUIRED / _INVALID / _KIND_MISMATCH for the 文号, DOCUMENT_FONT_MISSING when the
 * machine has no CJK font. The document's date is the PDF's creation date, so the same data renders the same bytes.
 */
export const renderDocument = async <K extends DocumentKind>(kind: K, data: DocumentDataMap[K], options: { fonts?: CjkFonts } = {}): Promise<Buffer> => {
  const layout = documentLayout(kind, data);
  return renderPdf(documentDefinition(layout), {
    title: layout.number ? `${layout.title}（${layout.number}）` : layout.title,
    author: layout.agencyName,
    createdAt: new Date(`${data.header.date}T00:00:00+08:00`),
    fonts: options.fonts,
  });
};
