import { execFileSync, spawnSync } from 'node:child_process';

/**
 * The text of a PDF as poppler's pdftotext reads it: what a reader copying from the file gets. A machine
 * without pdftotext fails the test loudly rather than skipping it (CI installs poppler-utils).
 */
const requirePoppler = (tool: 'pdftotext' | 'pdfinfo') => {
  const probe = spawnSync(tool, ['-v']);
  if (probe.error) throw new Error(`${tool} not found: install the Debian package poppler-utils (apt-get install poppler-utils) to run the document tests`);
};

export const pdfText = (pdf: Uint8Array): string => {
  requirePoppler('pdftotext');
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
};

/** Text with all white space removed: line breaks inside a wrapped field do not count. */
export const squeezed = (s: string) => s.replace(/\s+/g, '');

export const pdfInfo = (pdf: Uint8Array): string => {
  requirePoppler('pdfinfo');
  return execFileSync('pdfinfo', ['-isodates', '-'], { input: pdf }).toString('utf8');
};

export const pdfPages = (pdf: Uint8Array): number => Number(/^Pages:\s+(\d+)/m.exec(pdfInfo(pdf))?.[1] ?? NaN);
