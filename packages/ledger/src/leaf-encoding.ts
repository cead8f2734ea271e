/**
 * Canonical bytes of a record, so the server (writing the ledger) and the verify CLI (reading rows
 * back, possibly through a JSON export) derive identical leaf data.
 *
 * The encoding is JSON text in UTF-8 with:
 * - object keys sorted by UTF-16 code units (as Array.prototype.sort and RFC 8785 do), no whitespace;
 *   integer-like keys too ("10" before "9"), unlike the order JS objects and JSON.stringify use;
 * - strings escaped exactly as JSON.stringify does (lone surrogates become \udxxx escapes);
 * - numbers: safe integers only, in decimal. Fractions, NaN, Infinity and unsafe integers are refused:
 *   amounts are carried in 分 and anything else as a string, because float formatting is where
 *   encoders disagree. -0 encodes as 0.
 * - bigint: the same decimal digits as a number, so 5 and 5n encode alike (a bigint column may come
 *   back from the driver as either).
 * - Uint8Array: a lowercase hex string, so a bytea column and its hex form in an export encode alike.
 * - Date: its toISOString() string (UTC, millisecond precision); an invalid date is refused.
 * - null and booleans as in JSON. An object property whose value is undefined is left out (as in JSON);
 *   undefined anywhere else, functions, symbols, Maps, class instances and cycles are refused.
 * Types are not tagged: the record's schema gives meaning, the encoding only has to be stable.
 */
import { toHex, utf8 } from './bytes.ts';
import { ledgerError } from './errors.ts';

export type LeafValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | Date
  | Uint8Array
  | readonly LeafValue[]
  | { readonly [key: string]: LeafValue | undefined };

const refuse = (path: string, why: string) =>
  ledgerError('LEDGER_LEAF_UNENCODABLE', `记录字段 ${path || '（根）'} 无法规范编码：${why}`, { path });

const encodeValue = (value: unknown, path: string, seen: Set<object>): string => {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'bigint':
      return value.toString(10);
    case 'number':
      if (!Number.isSafeInteger(value)) throw refuse(path, `数值 ${value} 不是安全整数`);
      return Object.is(value, -0) ? '0' : String(value);
    case 'object':
      break;
    default:
      throw refuse(path, `不支持的类型 ${typeof value}`);
  }
  if (value instanceof Uint8Array) return `"${toHex(value)}"`;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw refuse(path, '无效日期');
    return JSON.stringify(value.toISOString());
  }
  if (seen.has(value)) throw refuse(path, '存在循环引用');
  seen.add(value);
  let out: string;
  if (Array.isArray(value)) {
    out = `[${value.map((item, i) => {
      if (item === undefined) throw refuse(`${path}[${i}]`, '数组元素为 undefined');
      return encodeValue(item, `${path}[${i}]`, seen);
    }).join(',')}]`;
  } else {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw refuse(path, '只支持普通对象');
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    out = `{${keys.map((k) => `${JSON.stringify(k)}:${encodeValue(record[k], path ? `${path}.${k}` : k, seen)}`).join(',')}}`;
  }
  seen.delete(value);
  return out;
};

/** Canonical text of a record (what encodeLeaf encodes to UTF-8); handy in tests and error reports. */
export const canonicalJson = (record: LeafValue): string => encodeValue(record, '', new Set());

/** Canonical UTF-8 bytes of a record: the leaf data whose SM3 leaf hash enters the ledger. */
export const encodeLeaf = (record: LeafValue): Uint8Array => utf8(canonicalJson(record));
