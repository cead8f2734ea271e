import { PENALTY_KIND_LABELS, type PenaltyKind } from '@sanxiang/domain';
import { type Block } from '../layout.ts';
import { cnDate, dataError, joinNames, money } from '../format.ts';

/** What every document carries at its head. Dates are Beijing dates, YYYY-MM-DD. */
export type DocumentHeader = {
  /** Full name of the issuing agency: 甲县市场监督管理局. */
  agencyName: string;
  /** 文号 such as 甲县市监罚〔2026〕12号; required for kinds that are numbered (numberCode not null). */
  number?: string;
  /** The document's date; also the PDF's creation date, so the same data gives the same bytes. */
  date: string;
};

/** 当事人: a natural person with an ID number, or an organisation with its 统一社会信用代码. */
export type Party = {
  type: 'person' | 'organisation';
  name: string;
  /** 居民身份证号码 or another ID document number (person). */
  idNumber?: string;
  /** 统一社会信用代码 (organisation). */
  creditCode?: string;
  address?: string;
  /** 法定代表人（负责人） of an organisation. */
  legalRepresentative?: string;
  phone?: string;
};

/** An enforcement officer as printed on documents (处罚法 第四十二条: name and certificate number). */
export type Officer = { name: string; certificateNo: string };

/** One approval or opinion box of a 审批表. */
export type Approval = { opinion: string; name: string; date: string };

/** A line of an item list (物品清单, 抽样, 先行登记保存). */
export type Item = { name: string; spec?: string; quantity: string | number; unit?: string; note?: string };

/** A penalty as decided: the kind from the domain catalogue, an amount in 分 for money penalties, a free description. */
export type Penalty = { kind: PenaltyKind; amountFen?: number; detail?: string };

/** 救济途径: where and within what time to apply for 复议 and to sue (defaults from the domain's REMEDY_RULES). */
export type Remedies = { reconsiderationOrgan: string; reconsiderationDays?: number; court: string; litigationMonths?: number };

/** Where to write back or call: the agency's address and contact for statements, hearings, payments. */
export type Contact = { address: string; person?: string; phone?: string };

export const required = <T>(value: T | undefined | null, field: string): T => {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) throw dataError(field, '不能为空');
  if (Array.isArray(value) && value.length === 0) throw dataError(field, '至少填写一项');
  return value;
};

export const partyRows = (party: Party, label = '当事人'): Array<[string, string | undefined]> => {
  required(party?.name, `${label}.name`);
  const org = party.type === 'organisation';
  return [
    [label, party.name],
    org ? ['统一社会信用代码', party.creditCode] : ['身份证件号码', party.idNumber],
    [org ? '住所（经营场所）' : '住址', party.address],
    ...(org ? ([['法定代表人（负责人）', party.legalRepresentative]] as Array<[string, string | undefined]>) : []),
    ['联系电话', party.phone],
  ];
};

/** "当事人：某某公司，统一社会信用代码：…，住所：…。" as the opening of a letter-style document. */
export const partyLine = (party: Party, label = '当事人'): string => {
  required(party?.name, `${label}.name`);
  const org = party.type === 'organisation';
  const parts = [`${label}：${party.name}`];
  if (org && party.creditCode) parts.push(`统一社会信用代码：${party.creditCode}`);
  if (!org && party.idNumber) parts.push(`身份证件号码：${party.idNumber}`);
  if (party.address) parts.push(`${org ? '住所' : '住址'}：${party.address}`);
  if (org && party.legalRepresentative) parts.push(`法定代表人（负责人）：${party.legalRepresentative}`);
  return `${parts.join('，')}。`;
};

/** Officers as "张三（执法证号 A001）、李四（执法证号 A002）"; at least two for investigative acts (第四十二条). */
export const officersText = (officers: readonly Officer[], field = 'officers', min = 1): string => {
  if (!Array.isArray(officers) || officers.length < min) throw dataError(field, `至少需要${min}名执法人员`);
  return joinNames(officers.map((o) => `${required(o.name, `${field}.name`)}（执法证号：${required(o.certificateNo, `${field}.certificateNo`)}）`));
};

export const itemTable = (items: readonly Item[], field = 'items'): Block => {
  required(items, field);
  return {
    type: 'table',
    headers: ['序号', '名称', '规格（型号）', '数量', '单位', '备注'],
    widths: [30, '*', 80, 45, 35, 70],
    rows: items.map((it, i) => [String(i + 1), required(it.name, `${field}[${i}].name`), it.spec ?? '', String(it.quantity), it.unit ?? '', it.note ?? '']),
  };
};

/** A penalty as written in a decision: 罚款人民币伍万元整（50,000元）. Money penalties need their amount. */
export const penaltyText = (p: Penalty, field = 'penalties'): string => {
  const label = PENALTY_KIND_LABELS[p.kind];
  if (!label) throw dataError(field, `未知的处罚种类：${String(p.kind)}`);
  const needsAmount = p.kind === 'fine' || p.kind === 'confiscate-illegal-gains';
  if (needsAmount && !Number.isSafeInteger(p.amountFen)) throw dataError(field, `${label}须写明金额（分）`);
  const amount = p.amountFen !== undefined ? money(p.amountFen, field) : '';
  return `${label}${amount}${p.detail ? `（${p.detail}）` : ''}`;
};

export const approvalItems = (entries: ReadonlyArray<readonly [string, Approval | undefined]>) =>
  entries.map(([label, a]) => ({ label, opinion: a?.opinion, name: a?.name, date: a?.date }));

/**
 * The opinion boxes of a 审批表: the handler's opinion, then the unit head's (and, where the form has one, the legal
 * unit's) and the agency head's approvals, blank boxes where nobody has signed yet.
 */
export const approvalOpinions = (
  d: { handlerOpinion: string; unitApproval?: Approval; legalApproval?: Approval; agencyApproval?: Approval },
  options: { legal?: boolean } = {},
): Block => ({
  type: 'opinions',
  items: [
    { label: '承办人意见', opinion: required(d.handlerOpinion, 'handlerOpinion') },
    ...approvalItems([
      ['承办机构负责人意见', d.unitApproval],
      ...(options.legal ? ([['法制审核机构意见', d.legalApproval]] as const) : []),
      ['机关负责人审批意见', d.agencyApproval],
    ]),
  ],
});

export const contactLine = (c: Contact | undefined) =>
  c ? `本机关地址：${c.address}${c.person ? `；联系人：${c.person}` : ''}${c.phone ? `；联系电话：${c.phone}` : ''}。` : undefined;

export const dateOrBlank = (date: string | undefined, field: string) => (date ? cnDate(date, field) : '　　年　　月　　日');

/** What a template returns: the printed title (a kind may vary it, e.g. 查封 / 扣押) and the blocks. */
export type Built = { title?: string; blocks: Block[]; note?: string };

/** One kind of document: its key, printed title, numbering code, and how its data becomes blocks. */
export type KindSpec<D> = {
  title: string;
  /** The kind code in the 文号 (甲县市监【罚】〔2026〕12号); null for records and forms that carry no 文号. */
  numberCode: string | null;
  /** The 文号 may be absent (checked when present): a form printed before its number exists. */
  numberOptional?: boolean;
  /** What the document is, for the console and the README. */
  description: string;
  build: (data: D) => Built;
};

export const defineKind = <D extends { header: DocumentHeader }>(spec: KindSpec<D>) => spec;
