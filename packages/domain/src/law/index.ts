export * from './chinese-numerals.ts';
export * from './parse-law-text.ts';
export * from './citation.ts';
export * from './find-provision.ts';
