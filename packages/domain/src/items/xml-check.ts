/**
 * A small XML well-formedness check (no DTD processing): one root element, properly nested and closed tags,
 * quoted and unique attributes, no bare `<` or `&` in text or attribute values, only the predefined and
 * numeric entities. Enough to prove a generated SVG parses, without a parser dependency.
 */
export type XmlCheck = { ok: true; root: string; elements: number } | { ok: false; error: string; offset: number };

const NAME = /^[A-Za-z_:][A-Za-z0-9_.:-]*/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/;

const checkText = (text: string, at: number, where: string): XmlCheck | undefined => {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '<') return { ok: false, error: `bare < in ${where}`, offset: at + i };
    if (text[i] === '&' && !ENTITY.test(text.slice(i))) return { ok: false, error: `bad entity in ${where}`, offset: at + i };
  }
  return undefined;
};

export const checkWellFormedXml = (xml: string): XmlCheck => {
  const stack: string[] = [];
  let root: string | undefined;
  let elements = 0;
  let i = 0;
  const fail = (error: string, offset = i): XmlCheck => ({ ok: false, error, offset });
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    const text = xml.slice(i, textEnd);
    if (stack.length === 0 && text.trim() !== '') return fail('text outside the root element');
    const bad = checkText(text, i, 'text');
    if (bad) return bad;
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) return fail('unclosed comment');
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) return fail('CDATA outside the root element');
      const end = xml.indexOf(']]>', i);
      if (end < 0) return fail('unclosed CDATA');
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i);
      if (end < 0) return fail('unclosed processing instruction');
      i = end + 2;
      continue;
    }
    if (xml.startsWith('<!DOCTYPE', i)) {
      if (root) return fail('DOCTYPE after the root element');
      const end = xml.indexOf('>', i);
      if (end < 0) return fail('unclosed DOCTYPE');
      i = end + 1;
      continue;
    }
    if (xml.startsWith('</', i)) {
      const name = NAME.exec(xml.slice(i + 2))?.[0];
      if (!name) return fail('bad end tag');
      let j = i + 2 + name.length;
      while (/\s/.test(xml[j] ?? '')) j++;
      if (xml[j] !== '>') return fail(`bad end tag </${name}`);
      const open = stack.pop();
      if (open !== name) return fail(`</${name}> closes <${open ?? 'nothing'}>`);
      i = j + 1;
      continue;
    }
    const name = NAME.exec(xml.slice(i + 1))?.[0];
    if (!name) return fail('bad start tag');
    if (stack.length === 0 && root) return fail('a second root element');
    root ??= name;
    elements++;
    let j = i + 1 + name.length;
    const seen = new Set<string>();
    for (;;) {
      const ws = j;
      while (/\s/.test(xml[j] ?? '')) j++;
      if (xml.startsWith('/>', j)) {
        j += 2;
        break;
      }
      if (xml[j] === '>') {
        stack.push(name);
        j += 1;
        break;
      }
      if (j === ws) return fail(`attributes of <${name}> must be separated by space`, j);
      const attr = NAME.exec(xml.slice(j))?.[0];
      if (!attr) return fail(`bad attribute in <${name}>`, j);
      if (seen.has(attr)) return fail(`duplicate attribute ${attr} in <${name}>`, j);
      seen.add(attr);
      j += attr.length;
      while (/\s/.test(xml[j] ?? '')) j++;
      if (xml[j] !== '=') return fail(`attribute ${attr} has no value`, j);
      j++;
      while (/\s/.test(xml[j] ?? '')) j++;
      const quote = xml[j];
      if (quote !== '"' && quote !== "'") return fail(`attribute ${attr} is not quoted`, j);
      const close = xml.indexOf(quote, j + 1);
      if (close < 0) return fail(`attribute ${attr} is not closed`, j);
      const badValue = checkText(xml.slice(j + 1, close), j + 1, `attribute ${attr}`);
      if (badValue) return badValue;
      j = close + 1;
    }
    i = j;
  }
  if (stack.length) return fail(`<${stack.at(-1)}> is not closed`, xml.length);
  if (!root) return fail('no root element', 0);
  return { ok: true, root, elements };
};
