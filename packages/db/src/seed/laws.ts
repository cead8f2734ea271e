import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LawKindValue } from '../schema/laws.ts';

export const lawSeedFolder = fileURLToPath(new URL('../../seeds/laws/', import.meta.url));

export type LawSeed = {
  file: string;
  kind: LawKindValue;
  issuer: string;
  /** The version's adoption or revision date: the date in the file name. */
  adoptedOn: string;
  effectiveOn: string;
};

const NPC = '全国人民代表大会';
const NPCSC = '全国人民代表大会常务委员会';

/**
 * The national texts loaded at every start (base data, not demo). Effective dates come from the file when it
 * states the date of this version; a final article "本法自…起施行" that lies before the version's adoption
 * speaks of an earlier version and is not used. A 修正 by a 修改决定 takes effect as its decision says, which
 * the files do not carry: such versions use their adoption date, as noted on each line.
 */
export const NATIONAL_LAW_SEEDS: readonly LawSeed[] = [
  // 第八十六条: 本法自2021年7月15日起施行 (the 2021 修订 restates the whole law).
  { file: '行政处罚法(2021-01-22).md', kind: 'law', issuer: NPC, adoptedOn: '2021-01-22', effectiveOn: '2021-07-15' },
  // 第七十一条: 本法自2012年1月1日起施行.
  { file: '行政强制法(2011-06-30).md', kind: 'law', issuer: NPCSC, adoptedOn: '2011-06-30', effectiveOn: '2012-01-01' },
  // Not stated: 第八十三条 (2004-07-01) is the original law's date. Adoption date used.
  { file: '行政许可法(2019-04-23).md', kind: 'law', issuer: NPCSC, adoptedOn: '2019-04-23', effectiveOn: '2019-04-23' },
  // Not stated: 第一百五十四条 (2015-10-01) is the 2015 修订's date. Adoption date used.
  { file: '食品安全法(2021-04-29).md', kind: 'law', issuer: NPCSC, adoptedOn: '2021-04-29', effectiveOn: '2021-04-29' },
  // Not stated: 第一百二十九条 (2016-01-01) is the 2015 修订's date. Adoption date used.
  { file: '大气污染防治法(2018-10-26).md', kind: 'law', issuer: NPCSC, adoptedOn: '2018-10-26', effectiveOn: '2018-10-26' },
  // 第一百一十九条 (2002-11-01) is the original law's date; the 2021 修改决定 provides 自2021年9月1日起施行.
  { file: '安全生产法(2021-06-10).md', kind: 'law', issuer: NPCSC, adoptedOn: '2021-06-10', effectiveOn: '2021-09-01' },
  // Not stated: the header's "2015年9月1日 施行" and 第七十四条 are the 2015 修订's date. Adoption date used.
  { file: '广告法(2021-04-29).md', kind: 'law', issuer: NPCSC, adoptedOn: '2021-04-29', effectiveOn: '2021-04-29' },
  // 第七十条: 本法自2015年1月1日起施行 (the 2014 修订 restates the whole law).
  { file: '环境保护法(2014-04-24).md', kind: 'law', issuer: NPCSC, adoptedOn: '2014-04-24', effectiveOn: '2015-01-01' },
  // Not stated: 第七十四条 (1993-09-01) is the original law's date. Adoption date used.
  { file: '产品质量法(2018-12-29).md', kind: 'law', issuer: NPCSC, adoptedOn: '2018-12-29', effectiveOn: '2018-12-29' },
  // 第二十条: 本规定自公布之日起施行; the header dates the 2020 修订's 公布 2020-08-07 (国务院令).
  { file: '行政执法机关移送涉嫌犯罪案件的规定(2020-08-07).md', kind: 'regulation', issuer: '国务院', adoptedOn: '2020-08-07', effectiveOn: '2020-08-07' },
];

/** The seed texts with their metadata, read from `seeds/laws`. */
export const nationalLawTexts = (): Array<LawSeed & { text: string }> =>
  NATIONAL_LAW_SEEDS.map((seed) => {
    const fromName = /\((\d{4}-\d{2}-\d{2})\)\.md$/u.exec(seed.file)?.[1];
    if (fromName !== seed.adoptedOn) throw new Error(`law seed ${seed.file}: adoption date ${seed.adoptedOn} differs from the file name`);
    return { ...seed, text: readFileSync(`${lawSeedFolder}${seed.file}`, 'utf8') };
  });
