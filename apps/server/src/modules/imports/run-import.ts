import { type Actor, DomainError, invalid, isDomainError } from '@sanxiang/domain';
import type { Db } from '@sanxiang/db';
import type { ImportContext, ImportSpec } from './import-spec.ts';

export type RowError = { row: number; column?: string; message: string };
export type ImportProgress = (processed: number, total: number) => void;

export const MAX_IMPORT_ROWS = 10_000;

/** The header row must name every template column; extra columns are refused so a shifted sheet cannot pass. */
export const columnPositions = (spec: ImportSpec, header: string[]) => {
  const clean = header.map((h) => h.replace(/[*＊\s]/g, ''));
  const missing = spec.columns.filter((c) => !clean.includes(c.header));
  const unknown = clean.filter((h) => h && !spec.columns.some((c) => c.header === h));
  if (missing.length || unknown.length) {
    throw invalid(
      'IMPORT_HEADER_MISMATCH',
      [missing.length ? `缺少列：${missing.map((c) => c.header).join('、')}` : '', unknown.length ? `无法识别的列：${unknown.join('、')}` : '']
        .filter(Boolean)
        .join('；') + '。请下载并使用最新模板',
    );
  }
  return new Map(spec.columns.map((c) => [c.key, clean.indexOf(c.header)]));
};

/**
 * Validates a whole sheet and stores it all or nothing. Every bad row is reported with its spreadsheet row
 * number, the column and a Chinese reason; storing happens only when no row is bad. Each row is tried in its
 * own savepoint so one refused row does not hide the errors of the rows after it.
 */
export const runImport = async (
  db: Db,
  spec: ImportSpec,
  actor: Actor,
  table: string[][],
  ctx: ImportContext,
  progress: ImportProgress = () => {},
): Promise<{ imported: number }> => {
  if (table.length < 2) throw invalid('IMPORT_EMPTY', '文件中没有数据行（第1行为表头）');
  if (table.length - 1 > MAX_IMPORT_ROWS) throw invalid('IMPORT_TOO_MANY_ROWS', `一次最多导入 ${MAX_IMPORT_ROWS} 行，请分批导入`);
  const positions = columnPositions(spec, table[0]);
  const errors: RowError[] = [];
  const rows = table.slice(1).map((cells, i) => ({ row: i + 2, cells })).filter((r) => r.cells.some((v) => v));
  const total = rows.length;
  const headerOf = (path: readonly PropertyKey[]) => columnOfField(spec, path.map(String).join('.'));
  const seen = new Map<string, number>();
  progress(0, total);

  await db
    .transaction(async (t) => {
      const tx = t as unknown as Db;
      let processed = 0;
      for (const { row, cells } of rows) {
        const values: Record<string, unknown> = {};
        let rowOk = true;
        for (const column of spec.columns) {
          const text = (cells[positions.get(column.key)!] ?? '').trim();
          if (!text) {
            if (column.required) {
              errors.push({ row, column: column.header, message: '必填' });
              rowOk = false;
            }
            continue;
          }
          try {
            values[column.key] = column.parse ? column.parse(text) : text;
          } catch (e) {
            errors.push({ row, column: column.header, message: (e as Error).message });
            rowOk = false;
          }
        }
        const key = rowOk && spec.duplicateKey ? spec.duplicateKey.of(values) : undefined;
        if (key !== undefined) {
          const first = seen.get(key);
          if (first !== undefined) {
            errors.push({ row, column: spec.columns.find((c) => c.key === spec.duplicateKey!.column)?.header, message: `与第${first}行重复` });
            rowOk = false;
          } else seen.set(key, row);
        }
        if (rowOk) {
          try {
            await tx.transaction(async (savepoint) => {
              const sp = savepoint as unknown as Db;
              const prepared = await spec.prepare(sp, actor, values, ctx);
              const parsed = spec.schema.safeParse(prepared);
              if (!parsed.success) {
                for (const issue of parsed.error.issues) {
                  errors.push({ row, column: headerOf(issue.path), message: issue.message });
                }
                throw new RowRefused();
              }
              await spec.commit(sp, actor, parsed.data, ctx);
            });
          } catch (e) {
            if (!(e instanceof RowRefused)) {
              if (!isDomainError(e)) throw e;
              errors.push({ row, column: columnOfError(spec, e), message: e.message });
            }
          }
        }
        processed++;
        progress(processed, total);
      }
      if (errors.length) throw new ImportRefused();
    })
    .catch((e) => {
      if (e instanceof ImportRefused) {
        throw new DomainError('IMPORT_INVALID', 'invalid', `有 ${new Set(errors.map((x) => x.row)).size} 行数据有误，全部未导入：${describe(errors.slice(0, 3))}${errors.length > 3 ? ' …' : ''}`, { errors });
      }
      throw e;
    });
  return { imported: total };
};

class RowRefused extends Error {}
class ImportRefused extends Error {}

const describe = (errors: RowError[]) => errors.map((e) => `第${e.row}行${e.column ? `“${e.column}”` : ''}${e.message}`).join('；');

/** The header of the column a contract field is about (see ImportSpec.fieldColumns). */
const columnOfField = (spec: ImportSpec, field: string): string | undefined => {
  const segments = field.split('.');
  for (let n = segments.length; n > 0; n--) {
    const key = spec.fieldColumns?.[segments.slice(0, n).join('.')];
    if (key) return spec.columns.find((c) => c.key === key)?.header;
  }
  return spec.columns.find((c) => c.key === segments[0])?.header;
};

const columnOfError = (spec: ImportSpec, e: DomainError) => {
  const mapped = spec.errorColumns?.[e.code];
  const key = typeof mapped === 'function' ? mapped(e.details) : mapped;
  if (key) return spec.columns.find((c) => c.key === key)?.header;
  const field = (e.details as { field?: unknown } | undefined)?.field;
  return typeof field === 'string' ? columnOfField(spec, field) : undefined;
};
