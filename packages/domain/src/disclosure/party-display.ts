import { unprocessable } from '../errors/domain-error.ts';

export type DisclosureParty = { name: string; kind: 'person' | 'organization'; creditCode?: string | null; minor?: boolean };

/**
 * How a penalised natural person is named in public. Local rules differ (DOMAIN: "often surname + 某"), so the
 * rule is a setting with this national default; organisations are always shown in full with their credit code.
 * - surname: 张某 (default); surname-given-initial is not offered because initials identify in small places.
 * - full: the full name (only where a local rule requires it).
 */
export const PERSON_NAME_RULES = ['surname', 'full'] as const;
export type PersonNameRule = (typeof PERSON_NAME_RULES)[number];
export const DEFAULT_PERSON_NAME_RULE: PersonNameRule = 'surname';

// Two-character surnames, so 欧阳娜娜 becomes 欧阳某 and not 欧某.
const COMPOUND_SURNAMES = new Set(
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 轩辕 端木 独孤 南宫 西门 澹台 公羊 太史 申屠 钟离 闻人 万俟 呼延 赫连 百里 东郭 拓跋 第五 司空 完颜'.split(' '),
);

export const surnameOf = (name: string): string => {
  const trimmed = name.trim();
  if (trimmed.length >= 3 && COMPOUND_SURNAMES.has(trimmed.slice(0, 2))) return trimmed.slice(0, 2);
  return [...trimmed][0] ?? '';
};

/**
 * The party as the public sees it. A minor (未成年人) is never published: the whole record is refused with
 * DISCLOSURE_PARTY_MINOR (未成年人保护法 第一百零三条 protects minors' identifying information).
 */
export const displayPartyName = (party: DisclosureParty, rule: PersonNameRule = DEFAULT_PERSON_NAME_RULE): string => {
  if (party.minor) throw unprocessable('DISCLOSURE_PARTY_MINOR', '当事人为未成年人，其处罚信息不予公开');
  const name = party.name.trim().replace(/\s+/g, '');
  if (!name) throw unprocessable('DISCLOSURE_PARTY_NAME_MISSING', '当事人名称不能为空');
  if (party.kind === 'organization' || rule === 'full') return name;
  return `${surnameOf(name)}某`;
};

/** 统一社会信用代码 is published for organisations only; a natural person's identifiers never are. */
export const displayCreditCode = (party: DisclosureParty): string | null =>
  party.kind === 'organization' && party.creditCode ? party.creditCode.trim().toUpperCase() : null;
