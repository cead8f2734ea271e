import type { Action, Actor, WorkingCalendar } from '@sanxiang/domain';
import type { Db } from '@sanxiang/db';
import type { z } from 'zod';
import type { FieldCipher } from '../../security/field-cipher.ts';
import type { BundleFiles } from './bundle.ts';

/**
 * What a spec may use besides the transaction: the clock, the field cipher, the working calendar (read before
 * the transaction: PGlite has one connection) and, for a bundle upload, the files beside the manifest.
 */
export type ImportContext = { now: Date; cipher: FieldCipher; calendar?: WorkingCalendar; files?: BundleFiles };

/** One column of a template: its Chinese header, the input field it fills, and how the cell text becomes a value. */
export type ImportColumn = {
  header: string;
  key: string;
  required?: boolean;
  example: string;
  hint?: string;
  /** Cell text to value; throw an Error with a Chinese message for a bad cell. Default: the trimmed text. */
  parse?: (text: string) => unknown;
};

/**
 * What makes a kind of record importable: its template, a schema every row must pass (the same contract the
 * API uses for one record), and the use case that stores one row. Rows are stored in one transaction.
 */
export type ImportSpec = {
  type: string;
  label: string;
  action: Action;
  columns: ImportColumn[];
  schema: z.ZodType;
  /** Resolves names to ids and fills defaults; may throw a DomainError for the row. */
  prepare: (tx: Db, actor: Actor, values: Record<string, unknown>, ctx: ImportContext) => Promise<unknown>;
  commit: (tx: Db, actor: Actor, input: unknown, ctx: ImportContext) => Promise<void>;
  exportRows: (db: Db, actor: Actor, ctx: ImportContext) => Promise<string[][]>;
  /** Which column (key) a use case's error code is about, so the report can name it; a function reads the error's details. */
  errorColumns?: Record<string, string | ((details: unknown) => string | undefined)>;
  /**
   * Which column a field of the contract is about, for zod issues and DomainErrors carrying `details.field`
   * (`timeLimit.promisedDays`, `penalties.2.minFen`): the longest matching dotted prefix wins; without one the
   * field's first segment is taken as a column key.
   */
  fieldColumns?: Record<string, string>;
  /** A row repeating an earlier row's key in the same file is refused, naming that row. */
  duplicateKey?: { column: string; of: (values: Record<string, unknown>) => string | undefined };
  /** Rules shown in the template and the console (how to fill, what happens to existing records). */
  notes?: string[];
  /**
   * Set for records that are whole documents (法律法规文本): the upload is a .zip of a manifest sheet (this
   * spec's columns) and the files its rows name; templates and exports are offered as .zip too.
   */
  bundle?: {
    /** Manifest file names looked for first inside the zip; otherwise the only .csv or .xlsx in it. */
    manifestNames: string[];
    extensions: string[];
    /** The example files a template bundle carries beside its manifest. */
    templateFiles: Record<string, string>;
    exportFiles: (db: Db, actor: Actor, ctx: ImportContext) => Promise<{ rows: string[][]; files: Record<string, string> }>;
  };
};

export const yesNo = (text: string) => {
  if (['是', 'Y', 'y', '1', 'true'].includes(text)) return true;
  if (['否', 'N', 'n', '0', 'false', ''].includes(text)) return false;
  throw new Error('应填“是”或“否”');
};

/** Dates typed as 2026-01-31, 2026/1/31, 2026年1月31日, or an Excel date serial number. */
export const plainDateCell = (text: string) => {
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    return new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(text)) * 86_400_000).toISOString().slice(0, 10);
  }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!m) throw new Error('日期格式应为 YYYY-MM-DD');
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
};

export const listCell = (text: string) => text.split(/[、,，;；\s]+/).filter(Boolean);
