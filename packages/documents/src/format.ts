import { DomainError, formatFen, isPlainDate } from '@sanxiang/domain';

/** Bad template data: a stable code, a Chinese message naming the field, nothing rendered. */
export const dataError = (field: string, message: string) =>
  new DomainError('DOCUMENT_DATA_INVALID', 'invalid', `文书数据有误（${field}）：${message}`, { field });

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;

/** "2026-03-01" → "2026年3月1日" (a Beijing date as written in documents). */
export const cnDate = (date: string, field = 'date'): string => {
  if (!isPlainDate(date.slice(0, 10))) throw dataError(field, `日期应为 YYYY-MM-DD：${date}`);
  const [, y, m, d] = DATE_TIME.exec(date)!;
  return `${y}年${Number(m)}月${Number(d)}日`;
};

/** "2026-03-01T09:05" → "2026年3月1日9时05分"; a bare date prints as a date. Times are Beijing wall-clock times. */
export const cnDateTime = (value: string, field = 'time'): string => {
  const m = DATE_TIME.exec(value);
  if (!m || !isPlainDate(value.slice(0, 10))) throw dataError(field, `时间应为 YYYY-MM-DDTHH:mm（北京时间）：${value}`);
  if (m[4] === undefined) return cnDate(value, field);
  const hour = Number(m[4]);
  if (hour > 23 || Number(m[5]) > 59) throw dataError(field, `时间不存在：${value}`);
  return `${cnDate(value, field)}${hour}时${m[5]}分`;
};

/** From … to … as a record's time span. */
export const cnSpan = (from: string, to: string | undefined, field: string) =>
  to ? `${cnDateTime(from, field)}至${cnDateTime(to, field)}` : `${cnDateTime(from, field)}起`;

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const BIG_UNITS = ['', '万', '亿'];

/** An amount in 分 in capital numerals as financial documents write it: 5000000 → "伍万元整", 12050 → "壹佰贰拾元伍角". */
export const rmbUpper = (fen: number): string => {
  if (!Number.isSafeInteger(fen) || fen < 0) throw dataError('amountFen', `金额应为非负整数（分）：${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  let text = '';
  if (yuan === 0) text = '零';
  else {
    const groups: number[] = [];
    for (let n = yuan; n > 0; n = Math.floor(n / 10000)) groups.push(n % 10000);
    let pendingZero = false;
    for (let g = groups.length - 1; g >= 0; g--) {
      const group = groups[g];
      if (group === 0) {
        pendingZero = text !== '';
        continue;
      }
      if (text !== '' && (pendingZero || group < 1000)) text += '零';
      pendingZero = false;
      let part = '';
      let zero = false;
      for (let i = 3; i >= 0; i--) {
        const digit = Math.floor(group / 10 ** i) % 10;
        if (digit === 0) {
          zero = part !== '';
          continue;
        }
        if (zero) part += '零';
        zero = false;
        part += DIGITS[digit] + SMALL_UNITS[i];
      }
      text += part + BIG_UNITS[g];
    }
  }
  text += '元';
  if (jiao === 0 && cents === 0) return `${text}整`;
  if (jiao > 0) text += `${DIGITS[jiao]}角`;
  else if (yuan > 0) text += '零';
  if (cents > 0) text += `${DIGITS[cents]}分`;
  return text;
};

/** "人民币伍万元整（50,000元）": the way a fine is written in a decision. */
export const money = (fen: number, field = 'amountFen'): string => {
  if (!Number.isSafeInteger(fen) || fen < 0) throw dataError(field, `金额应为非负整数（分）：${fen}`);
  return `人民币${rmbUpper(fen)}（${formatFen(fen)}）`;
};

export const joinNames = (names: readonly string[]) => names.filter(Boolean).join('、');
