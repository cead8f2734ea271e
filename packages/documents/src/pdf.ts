import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { type CjkFonts, machineFonts } from './fonts.ts';
import { TABLE_LAYOUTS } from './layout.ts';

const family = (normal: { file: string; face: string }, bold = normal) => ({
  normal: [normal.file, normal.face],
  bold: [bold.file, bold.face],
  italics: [normal.file, normal.face],
  bolditalics: [bold.file, bold.face],
});

/** pdfmake's font dictionary: a .ttc face is given as [file, PostScript name]. */
const fontDictionary = (fonts: CjkFonts) => ({
  Serif: family(fonts.serif.normal, fonts.serif.bold),
  Sans: family(fonts.sans.normal, fonts.sans.bold),
  Kai: family(fonts.kai.normal),
});

export type PdfOptions = {
  /** The document's own date or instant: the PDF's creation date and file id come from it, so equal input gives equal bytes. */
  createdAt: Date;
  title: string;
  author?: string;
  fonts?: CjkFonts;
};

// pdfmake and its PDF engine take ~25 MB: a server that prints nothing does not load them.
type Pdfmake = typeof import('pdfmake');
let pdfmakeModule: Promise<Pdfmake> | undefined;
// A CommonJS module: the dynamic import's default export is the module itself.
const loadPdfmake = () => (pdfmakeModule ??= import('pdfmake').then((m) => ((m as { default?: Pdfmake }).default ?? m) as Pdfmake));

/**
 * Renders a pdfmake definition to PDF bytes. Fonts are embedded as subsets (pdfkit keeps only the glyphs used).
 * The document may read only the font files and nothing from the network: text that looks like a URL or a
 * path in case data can never make the renderer fetch or read anything.
 */
export const renderPdf = async (definition: TDocumentDefinitions, options: PdfOptions): Promise<Buffer> => {
  const pdfmake = await loadPdfmake();
  const fonts = options.fonts ?? machineFonts();
  const dictionary = fontDictionary(fonts);
  const allowed = new Set(Object.values(dictionary).flatMap((f) => Object.values(f).map((v) => v[0])));
  // pdfmake reads [file, face] for a face inside a .ttc collection; its type declarations only know single files.
  pdfmake.setFonts(dictionary as unknown as TFontDictionary);
  pdfmake.addTableLayouts(TABLE_LAYOUTS);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path: string) => allowed.has(path));
  const doc = pdfmake.createPdf({
    ...definition,
    info: {
      title: options.title,
      author: options.author,
      creator: 'Sanxiang',
      producer: 'Sanxiang (pdfmake)',
      creationDate: options.createdAt,
      ...definition.info,
    },
  });
  return doc.getBuffer();
};
