export { CJK_FONT_PACKAGES, type CjkFonts, findCjkFonts, type FontFace } from './fonts.ts';
export { cnDate, cnDateTime, money, rmbUpper } from './format.ts';
export { type Block, type Layout } from './layout.ts';
export { kindCodeOf, parseDocumentNumber, type ParsedNumber } from './numbers.ts';
export { DOCUMENT_KINDS, type DocumentDataMap, type DocumentKind, type DocumentKindInfo, documentLayout, isDocumentKind, renderDocument } from './render-document.ts';
export type * from './kinds/types.ts';
export { SERVICE_METHODS } from './kinds/execution.ts';
export { type CaseFileDocument, type CaseFileEvidence, type CaseFileInput, type CaseFilePdf, type CaseFileTocEntry, renderCaseFilePdf } from './case-file/case-file-pdf.ts';
export { type Bookmark, mergePdfs, pdfPageCount } from './case-file/pdf-merge.ts';
export {
  type ArchiveEvidenceFile,
  buildCaseFileZip,
  caseFilePackageEntries,
  type CaseFileZip,
  type CaseFileZipEntry,
  type CaseFileZipInput,
  safeFileName,
  writeCaseFileZip,
} from './case-file/zip.ts';
export { type CaseFileManifest, canonicalJson, listingSm3, MANIFEST_PATH, type ManifestFile, sm3Hex } from './case-file/manifest.ts';
export {
  type ArchiveCheck,
  type ArchiveCheckName,
  type ArchiveCheckOptions,
  type ArchiveCheckResult,
  type ArchiveFinding,
  checkArchivePackage,
  type PackageEntry,
} from './case-file/archive-check.ts';
export { ALLOWED_EXTENSIONS, FORMATS } from './case-file/formats.ts';
export { unsafePathReason } from './case-file/paths.ts';
