import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCjkFonts } from './fonts.ts';
import { renderDocument } from './render-document.ts';
import { pdfInfo, pdfText, squeezed } from '../test/pdf-text.ts';
import { SAMPLES } from '../test/samples.ts';

describe('CJK fonts', () => {
  it('finds Debian CJK faces inside .ttc collections by PostScript name', () => {
    const fonts = findCjkFonts(['/usr/share/fonts']);
    expect(fonts.serif.normal.file).toMatch(/\.tt[cf]$/);
    expect(fonts.serif.normal.face).toMatch(/CJKsc|UMingCN/);
  });

  it('refuses with DOCUMENT_FONT_MISSING naming the Debian package when no CJK font is installed', async () => {
    expect(() => findCjkFonts(['/nonexistent-font-root'])).toThrow(expect.objectContaining({ code: 'DOCUMENT_FONT_MISSING', message: expect.stringContaining('fonts-noto-cjk') }));
  });

  it('falls back to Noto Serif CJK for the body where the arphic fonts are not installed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'fonts-'));
    mkdirSync(join(root, 'opentype'));
    symlinkSync('/usr/share/fonts/opentype/noto', join(root, 'opentype/noto'));
    const fonts = findCjkFonts([root]);
    expect(fonts.serif.normal.face).toBe('NotoSerifCJKsc-Regular');
    expect(fonts.kai.normal.face).toBe('NotoSerifCJKsc-Regular');
    const pdf = await renderDocument('revokeFilingApproval', SAMPLES.revokeFilingApproval.data, { fonts });
    expect(squeezed(pdfText(pdf))).toContain('违法事实不能成立');
    rmSync(root, { recursive: true });
  });

  it('renders the same bytes for the same data (creation date and file id come from the document date)', async () => {
    const { data } = SAMPLES.revokeFilingApproval;
    const [a, b] = [await renderDocument('revokeFilingApproval', data), await renderDocument('revokeFilingApproval', data)];
    expect(a.equals(b)).toBe(true);
    expect(pdfInfo(a)).toMatch(/CreationDate:\s+2026-03-15T16:00:00Z/);
  });
});
