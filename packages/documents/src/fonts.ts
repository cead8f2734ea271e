import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '@sanxiang/domain';

/**
 * The CJK fonts documents are set in, found at run time among Debian's font packages. A .ttc collection holds
 * several faces; pdfkit picks one by its PostScript name, so each face is a file plus that name.
 */
export type FontFace = { file: string; face: string };

/** The pdfmake families every template uses: 宋体-style body, 黑体-style headings, 楷体 for handwritten parts. */
export type CjkFonts = {
  serif: { normal: FontFace; bold: FontFace };
  sans: { normal: FontFace; bold: FontFace };
  kai: { normal: FontFace };
};

type Candidate = FontFace & { pkg: string };

// Paths under a font root as Debian installs them; the first present candidate of each role wins.
// The body prefers AR PL UMing (宋体 style, TrueType): pdfkit subsets a TrueType face in tens of milliseconds
// to ~20 KB, while a Noto CJK face (CFF) costs ~300 ms and ~100 KB per document because its subroutines are
// kept whole. Noto Serif is the body only where arphic is not installed, and gives the bold titles.
const SERIF: Candidate[] = [
  { file: 'truetype/arphic/uming.ttc', face: 'UMingCN', pkg: 'fonts-arphic-uming' },
  { file: 'opentype/noto/NotoSerifCJK-Regular.ttc', face: 'NotoSerifCJKsc-Regular', pkg: 'fonts-noto-cjk' },
  { file: 'opentype/noto/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular', pkg: 'fonts-noto-cjk' },
];
const SERIF_BOLD: Candidate[] = [
  { file: 'opentype/noto/NotoSerifCJK-Bold.ttc', face: 'NotoSerifCJKsc-Bold', pkg: 'fonts-noto-cjk' },
  { file: 'opentype/noto/NotoSansCJK-Bold.ttc', face: 'NotoSansCJKsc-Bold', pkg: 'fonts-noto-cjk' },
];
const SANS: Candidate[] = [{ file: 'opentype/noto/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular', pkg: 'fonts-noto-cjk' }];
const SANS_BOLD: Candidate[] = [{ file: 'opentype/noto/NotoSansCJK-Bold.ttc', face: 'NotoSansCJKsc-Bold', pkg: 'fonts-noto-cjk' }];
const KAI: Candidate[] = [{ file: 'truetype/arphic/ukai.ttc', face: 'UKaiCN', pkg: 'fonts-arphic-ukai' }];

export const DEFAULT_FONT_ROOTS = ['/usr/share/fonts', '/usr/local/share/fonts'];

/** The Debian packages that provide the fonts; the error for a machine without them names these. */
export const CJK_FONT_PACKAGES = ['fonts-noto-cjk', 'fonts-arphic-uming', 'fonts-arphic-ukai'] as const;

const pick = (roots: readonly string[], candidates: readonly Candidate[]): FontFace | undefined => {
  for (const c of candidates) {
    for (const root of roots) {
      const file = join(root, c.file);
      if (existsSync(file)) return { file, face: c.face };
    }
  }
  return undefined;
};

/**
 * Finds the fonts under `roots` (default: Debian's font directories, plus SANXIANG_FONT_DIRS, colon-separated,
 * searched first). Only a body font is indispensable: without any CJK font every Chinese character would be
 * dropped from the PDF, so that is refused with DOCUMENT_FONT_MISSING naming the package to install. Missing
 * bold, 黑体 or 楷体 faces fall back to the body face.
 */
export const findCjkFonts = (roots: readonly string[] = defaultRoots()): CjkFonts => {
  const serif = pick(roots, SERIF);
  if (!serif) {
    throw new DomainError(
      'DOCUMENT_FONT_MISSING',
      'unprocessable',
      `未找到中文字体，无法生成执法文书 PDF：请安装 Debian 软件包 fonts-noto-cjk（apt-get install fonts-noto-cjk），宋体、楷体另需 fonts-arphic-uming、fonts-arphic-ukai。已查找目录：${roots.join('、')}`,
      { packages: CJK_FONT_PACKAGES, roots },
    );
  }
  const serifBold = pick(roots, SERIF_BOLD) ?? serif;
  const sans = pick(roots, SANS) ?? serif;
  const sansBold = pick(roots, SANS_BOLD) ?? sans;
  const kai = pick(roots, KAI) ?? serif;
  return { serif: { normal: serif, bold: serifBold }, sans: { normal: sans, bold: sansBold }, kai: { normal: kai } };
};

const defaultRoots = () => {
  const extra = (process.env.SANXIANG_FONT_DIRS ?? '').split(':').filter(Boolean);
  return [...extra, ...DEFAULT_FONT_ROOTS];
};

let cached: CjkFonts | undefined;
/** The fonts of this machine, looked up once per process (fonts are not installed while the server runs). */
export const machineFonts = (): CjkFonts => (cached ??= findCjkFonts());
