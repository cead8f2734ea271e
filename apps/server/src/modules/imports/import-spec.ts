import type { Action, Actor } from '@sanxiang/domain';
import type { Db } from '@sanxiang/db';
import type { z } from 'zod';
import type { FieldCipher } from '../../security/field-cipher.ts';

export type ImportContext = { now: Date; cipher: FieldCipher };

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
  prepare: (tx: Db, actor: Actor, values: Record<string, unknown>) => Promise<unknown>;
  commit: (tx: Db, actor: Actor, input: unknown, ctx: ImportContext) => Promise<void>;
  exportRows: (db: Db, actor: Actor, ctx: ImportContext) => Promise<string[][]>;
  /** Which column a use case's error code is about, so the report can name it. */
  errorColumns?: Record<string, string>;
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
