import { createHash } from 'node:crypto';
import { DomainError } from '@sanxiang/domain';

/**
 * A small PDF reader and page merger, enough to put the issued documents' own bytes into one case-file PDF
 * (so the archive shows exactly what was served, not a re-rendering). It reads files with a classic cross-
 * reference table, as pdfkit/pdfmake and most PDF 1.4 producers write them, follows incremental updates
 * (/Prev), and copies every page with the objects it reaches. Compressed cross-reference streams (PDF 1.5
 * object streams) and encrypted files are refused with DOCUMENT_PDF_UNSUPPORTED rather than guessed at.
 */

type Ref = { kind: 'ref'; num: number; gen: number };
type Dict = { kind: 'dict'; entries: Map<string, Value> };
type Atom = { kind: 'atom'; raw: string };
type Value = Ref | Dict | Atom | Value[];
type IndirectObject = { value: Value; stream?: Uint8Array };

const unsupported = (why: string, index?: number) =>
  new DomainError('DOCUMENT_PDF_UNSUPPORTED', 'unprocessable', `${index === undefined ? '' : `第${index + 1}份文书的 `}PDF 无法合并：${why}`, { index });

const WS = new Set([0, 9, 10, 12, 13, 32]);
const DELIM = new Set('()<>[]{}/%'.split('').map((c) => c.charCodeAt(0)));

const isDict = (v: Value | undefined): v is Dict => !!v && !Array.isArray(v) && v.kind === 'dict';
const isRef = (v: Value | undefined): v is Ref => !!v && !Array.isArray(v) && v.kind === 'ref';
const atomText = (v: Value | undefined) => (v && !Array.isArray(v) && v.kind === 'atom' ? v.raw : undefined);

export class PdfFile {
  private readonly text: string;
  private readonly offsets = new Map<number, number>();
  private readonly cache = new Map<number, IndirectObject>();
  readonly trailer: Dict;
  readonly version: string;

  constructor(
    readonly bytes: Uint8Array,
    private readonly index?: number,
  ) {
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    const header = /^%PDF-(\d\.\d)/.exec(this.text.slice(0, 1024).trimStart());
    if (!header) throw unsupported('不是 PDF 文件（缺少 %PDF- 文件头）', index);
    this.version = header[1];
    const start = this.text.lastIndexOf('startxref');
    if (start < 0) throw unsupported('缺少 startxref，文件可能不完整', index);
    let [offsetValue] = this.number(this.skip(start + 9));
    let trailer: Dict | undefined;
    const seen = new Set<number>();
    while (offsetValue !== undefined && !seen.has(offsetValue)) {
      seen.add(offsetValue);
      const t = this.readXrefSection(offsetValue);
      trailer ??= t;
      const prev = atomText(t.entries.get('/Prev'));
      offsetValue = prev === undefined ? undefined : Number(prev);
    }
    if (!trailer) throw unsupported('交叉引用表无法读取', index);
    if (trailer.entries.has('/Encrypt')) throw unsupported('文件已加密', index);
    this.trailer = trailer;
  }

  private fail(why: string): never {
    throw unsupported(why, this.index);
  }

  private skip(pos: number): number {
    const t = this.text;
    for (;;) {
      while (pos < t.length && WS.has(t.charCodeAt(pos))) pos++;
      if (t[pos] !== '%') return pos;
      while (pos < t.length && t[pos] !== '\n' && t[pos] !== '\r') pos++;
    }
  }

  private number(pos: number): [number | undefined, number] {
    const m = /^[+-]?\d+/.exec(this.text.slice(pos, pos + 24));
    return m ? [Number(m[0]), pos + m[0].length] : [undefined, pos];
  }

  private readXrefSection(offset: number): Dict {
    let pos = this.skip(offset);
    if (!this.text.startsWith('xref', pos)) this.fail('使用压缩交叉引用流（PDF 1.5 对象流），本合并器只读取传统交叉引用表');
    pos += 4;
    for (;;) {
      pos = this.skip(pos);
      if (this.text.startsWith('trailer', pos)) break;
      const [first, p1] = this.number(pos);
      const [count, p2] = this.number(this.skip(p1));
      if (first === undefined || count === undefined) this.fail('交叉引用表格式错误');
      pos = this.skip(p2);
      for (let i = 0; i < count; i++) {
        const m = /^(\d{10}) (\d{5}) ([nf])/.exec(this.text.slice(pos, pos + 20));
        if (!m) this.fail('交叉引用表条目格式错误');
        const num = first + i;
        // Newer sections are read first; an older section never overrides them.
        if (m[3] === 'n' && !this.offsets.has(num)) this.offsets.set(num, Number(m[1]));
        if (m[3] === 'f' && !this.offsets.has(num)) this.offsets.set(num, -1);
        pos = this.skip(pos + 18);
      }
    }
    const [trailer] = this.value(this.skip(pos + 7));
    if (!isDict(trailer)) this.fail('trailer 不是字典');
    if (trailer.entries.has('/XRefStm')) this.fail('混合交叉引用（/XRefStm）');
    return trailer;
  }

  private value(pos: number): [Value, number] {
    const t = this.text;
    pos = this.skip(pos);
    const c = t[pos];
    if (c === '<' && t[pos + 1] === '<') {
      const entries = new Map<string, Value>();
      pos += 2;
      for (;;) {
        pos = this.skip(pos);
        if (t[pos] === '>' && t[pos + 1] === '>') return [{ kind: 'dict', entries }, pos + 2];
        if (t[pos] !== '/') this.fail(`字典键应为名称（位置 ${pos}）`);
        const [key, p1] = this.value(pos);
        const [val, p2] = this.value(p1);
        entries.set((key as Atom).raw, val);
        pos = p2;
      }
    }
    if (c === '[') {
      const items: Value[] = [];
      pos++;
      for (;;) {
        pos = this.skip(pos);
        if (t[pos] === ']') return [items, pos + 1];
        if (pos >= t.length) this.fail('数组未结束');
        const [v, p] = this.value(pos);
        items.push(v);
        pos = p;
      }
    }
    if (c === '<') {
      const end = t.indexOf('>', pos);
      if (end < 0) this.fail('十六进制字符串未结束');
      return [{ kind: 'atom', raw: t.slice(pos, end + 1) }, end + 1];
    }
    if (c === '(') {
      let depth = 0;
      let i = pos;
      for (; i < t.length; i++) {
        const ch = t[i];
        if (ch === '\\') i++;
        else if (ch === '(') depth++;
        else if (ch === ')' && --depth === 0) break;
      }
      if (i >= t.length) this.fail('字符串未结束');
      return [{ kind: 'atom', raw: t.slice(pos, i + 1) }, i + 1];
    }
    if (c === '/') {
      let i = pos + 1;
      while (i < t.length && !WS.has(t.charCodeAt(i)) && !DELIM.has(t.charCodeAt(i))) i++;
      return [{ kind: 'atom', raw: t.slice(pos, i) }, i];
    }
    const num = /^[+-]?(\d+\.?\d*|\.\d+)/.exec(t.slice(pos, pos + 32));
    if (num) {
      const end = pos + num[0].length;
      // "12 0 R" is a reference; look ahead for the generation and R.
      const ref = /^\s+(\d+)\s+R(?![^\s()<>[\]{}/%])/.exec(t.slice(end, end + 24));
      if (/^\d+$/.test(num[0]) && ref) return [{ kind: 'ref', num: Number(num[0]), gen: Number(ref[1]) }, end + ref[0].length];
      return [{ kind: 'atom', raw: num[0] }, end];
    }
    const word = /^[A-Za-z]+/.exec(t.slice(pos, pos + 16));
    if (word && ['true', 'false', 'null'].includes(word[0])) return [{ kind: 'atom', raw: word[0] }, pos + word[0].length];
    this.fail(`无法识别的对象（位置 ${pos}）`);
  }

  object(num: number): IndirectObject {
    const hit = this.cache.get(num);
    if (hit) return hit;
    const offset = this.offsets.get(num);
    if (offset === undefined) this.fail(`引用了不存在的对象 ${num}`);
    if (offset < 0) return { value: { kind: 'atom', raw: 'null' } };
    const head = /^(\d+)\s+(\d+)\s+obj/.exec(this.text.slice(offset, offset + 32));
    if (!head || Number(head[1]) !== num) this.fail(`对象 ${num} 的位置不正确`);
    let [value, pos] = this.value(offset + head[0].length);
    const result: IndirectObject = { value };
    pos = this.skip(pos);
    if (this.text.startsWith('stream', pos) && isDict(value)) {
      pos += 6;
      if (this.text[pos] === '\r') pos++;
      if (this.text[pos] === '\n') pos++;
      const len = this.resolve(value.entries.get('/Length'));
      const length = Number(atomText(len));
      if (!Number.isInteger(length) || length < 0 || pos + length > this.bytes.length) this.fail(`对象 ${num} 的流长度错误`);
      result.stream = this.bytes.subarray(pos, pos + length);
    }
    this.cache.set(num, result);
    return result;
  }

  resolve(v: Value | undefined): Value | undefined {
    return isRef(v) ? this.object(v.num).value : v;
  }

  /** Page object numbers in order, with the attributes each inherits from the page tree. */
  pages(): Array<{ num: number; inherited: Map<string, Value> }> {
    const root = this.resolve(this.trailer.entries.get('/Root'));
    if (!isDict(root)) this.fail('缺少文档目录（/Root）');
    const out: Array<{ num: number; inherited: Map<string, Value> }> = [];
    const visited = new Set<number>();
    const walk = (ref: Value | undefined, inherited: Map<string, Value>) => {
      if (!isRef(ref) || visited.has(ref.num)) this.fail('页面树损坏');
      visited.add(ref.num);
      const node = this.object(ref.num).value;
      if (!isDict(node)) this.fail('页面树节点不是字典');
      const type = atomText(node.entries.get('/Type'));
      const next = new Map(inherited);
      for (const key of INHERITED) if (node.entries.has(key)) next.set(key, node.entries.get(key)!);
      if (type === '/Pages') {
        const kids = this.resolve(node.entries.get('/Kids'));
        if (!Array.isArray(kids)) this.fail('页面树缺少 /Kids');
        for (const kid of kids) walk(kid, next);
      } else out.push({ num: ref.num, inherited: next });
    };
    walk(root.entries.get('/Pages'), new Map());
    return out;
  }
}

const INHERITED = ['/Resources', '/MediaBox', '/CropBox', '/Rotate'];

/** The number of pages of a PDF this module can read. */
export const pdfPageCount = (bytes: Uint8Array): number => new PdfFile(bytes).pages().length;

const utf16Hex = (s: string) => {
  const b = Buffer.from(s, 'utf16le');
  for (let i = 0; i < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
  return `<FEFF${b.toString('hex').toUpperCase()}>`;
};

const pdfDate = (d: Date) => `(D:${d.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`;

export type Bookmark = { title: string; page: number };

/**
 * One PDF holding every page of `inputs`, in order, with bookmarks (page numbers 1-based in the result).
 * The output is deterministic: its file id is the SM3 of its content.
 */
export const mergePdfs = (inputs: readonly Uint8Array[], options: { title: string; createdAt: Date; bookmarks?: readonly Bookmark[] }): Buffer => {
  const files = inputs.map((b, i) => new PdfFile(b, i));
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const write = (s: string | Uint8Array) => {
    const b = typeof s === 'string' ? Buffer.from(s, 'latin1') : Buffer.from(s.buffer, s.byteOffset, s.byteLength);
    chunks.push(b);
    length += b.length;
  };
  const version = files.reduce((v, f) => (f.version > v ? f.version : v), '1.4');
  write(`%PDF-${version}\n%\xE2\xE3\xCF\xD3\n`);

  // 1 catalog, 2 page tree, 3 info, 4 outline root; copied objects follow.
  let next = 5;
  const CATALOG = 1;
  const PAGES = 2;
  const INFO = 3;
  const OUTLINES = 4;
  const emit = (num: number, body: string | Uint8Array[], ) => {
    offsets[num] = length;
    write(`${num} 0 obj\n`);
    if (typeof body === 'string') write(body);
    else for (const part of body) write(part);
    write('\nendobj\n');
  };

  const pageNums: number[] = [];
  files.forEach((file) => {
    const map = new Map<number, number>();
    const queue: number[] = [];
    const newNum = (old: number) => {
      let n = map.get(old);
      if (n === undefined) {
        n = next++;
        map.set(old, n);
        queue.push(old);
      }
      return n;
    };
    const pages = file.pages();
    const pageSet = new Map(pages.map((p) => [p.num, p]));
    for (const p of pages) pageNums.push(newNum(p.num));
    const serialize = (v: Value): string => {
      if (Array.isArray(v)) return `[${v.map(serialize).join(' ')}]`;
      if (v.kind === 'ref') return `${newNum(v.num)} 0 R`;
      if (v.kind === 'atom') return v.raw;
      return `<<${[...v.entries].map(([k, x]) => `${k} ${serialize(x)}`).join(' ')}>>`;
    };
    while (queue.length) {
      const old = queue.shift()!;
      const obj = file.object(old);
      const num = map.get(old)!;
      const page = pageSet.get(old);
      let value = obj.value;
      if (page && isDict(value)) {
        const entries = new Map(value.entries);
        for (const [k, v] of page.inherited) if (!entries.has(k)) entries.set(k, v);
        entries.set('/Parent', { kind: 'atom', raw: `${PAGES} 0 R` });
        value = { kind: 'dict', entries };
      } else if (isDict(value) && atomText(value.entries.get('/Type')) === '/Pages') {
        // Another document's page tree node is never copied; whatever points at it points at the new tree.
        emit(num, `<< /Type /Pages /Kids [] /Count 0 >>`);
        continue;
      }
      if (obj.stream && isDict(value)) {
        const entries = new Map(value.entries);
        entries.set('/Length', { kind: 'atom', raw: String(obj.stream.length) });
        emit(num, [Buffer.from(`${serialize({ kind: 'dict', entries })}\nstream\n`, 'latin1'), obj.stream, Buffer.from('\nendstream', 'latin1')]);
      } else emit(num, serialize(value));
    }
  });

  emit(CATALOG, `<< /Type /Catalog /Pages ${PAGES} 0 R${options.bookmarks?.length ? ` /Outlines ${OUTLINES} 0 R /PageMode /UseOutlines` : ''} >>`);
  emit(PAGES, `<< /Type /Pages /Kids [${pageNums.map((n) => `${n} 0 R`).join(' ')}] /Count ${pageNums.length} >>`);
  emit(INFO, `<< /Title ${utf16Hex(options.title)} /Producer (Sanxiang) /Creator (Sanxiang) /CreationDate ${pdfDate(options.createdAt)} >>`);
  const marks = (options.bookmarks ?? []).filter((b) => b.page >= 1 && b.page <= pageNums.length);
  const markNums = marks.map(() => next++);
  emit(OUTLINES, marks.length ? `<< /Type /Outlines /First ${markNums[0]} 0 R /Last ${markNums[markNums.length - 1]} 0 R /Count ${marks.length} >>` : '<< /Type /Outlines /Count 0 >>');
  marks.forEach((m, i) => {
    const links = [i > 0 ? `/Prev ${markNums[i - 1]} 0 R` : '', i < marks.length - 1 ? `/Next ${markNums[i + 1]} 0 R` : ''].join(' ');
    emit(markNums[i], `<< /Title ${utf16Hex(m.title)} /Parent ${OUTLINES} 0 R ${links} /Dest [${pageNums[m.page - 1]} 0 R /Fit] >>`);
  });

  const xrefAt = length;
  const body = Buffer.concat(chunks);
  const id = createHash('sm3').update(body).digest('hex').slice(0, 32).toUpperCase();
  let xref = `xref\n0 ${next}\n0000000000 65535 f \n`;
  for (let n = 1; n < next; n++) xref += offsets[n] === undefined ? '0000000000 65535 f \n' : `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${next} /Root ${CATALOG} 0 R /Info ${INFO} 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([body, Buffer.from(xref, 'latin1')]);
};
