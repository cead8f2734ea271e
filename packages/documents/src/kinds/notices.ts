import { DEADLINE_RULES } from '@sanxiang/domain';
import type { Block } from '../layout.ts';
import { cnDate, cnDateTime, cnSpan, joinNames } from '../format.ts';
import {
  type Contact,
  contactLine,
  defineKind,
  type DocumentHeader,
  type Officer,
  officersText,
  type Party,
  partyLine,
  type Penalty,
  penaltyText,
  required,
} from './common.ts';
import type { RecordPerson } from './investigation.ts';

const numbered = (lines: readonly string[]) => lines.map((l, i) => `${i + 1}. ${l}`);
const hearingDays = DEADLINE_RULES.hearingRequest.days;

/** 行政处罚事先告知书 (处罚法 第四十四条、第四十五条, and 第六十三条、第六十四条 where a hearing may be requested). */
export type PriorNoticeData = {
  header: DocumentHeader;
  party: Party;
  caseCause?: string;
  facts: string;
  evidence?: string[];
  /** 理由: which provision the facts break. */
  reasons: string;
  /** 依据: the provision the intended penalty rests on. */
  basis: string;
  /** The intended penalties (拟作出的行政处罚). */
  penalties: Penalty[];
  /** 陈述、申辩: within how many working days of receipt (and, when computed, the last day). */
  statement: { days: number; by?: string };
  /** Present when the penalty is one of 第六十三条: the party may request a hearing within 5 working days (第六十四条第一项). */
  hearing?: { by?: string };
  contact: Contact;
};

const noticeBlocks = (d: PriorNoticeData, hearing: PriorNoticeData['hearing']): Block[] => {
  const days = d.statement?.days;
  if (!Number.isInteger(days) || days < 1) required(undefined, 'statement.days');
  const by = (x: string | undefined, field: string) => (x ? `（即${cnDate(x, field)}前）` : '');
  const rights = [
    `根据《中华人民共和国行政处罚法》第七条、第四十四条、第四十五条的规定，你（单位）享有陈述、申辩的权利。你（单位）可以自收到本告知书之日起${days}个工作日内${by(d.statement.by, 'statement.by')}向本机关提出陈述、申辩意见；逾期未提出的，视为放弃上述权利。本机关不因你（单位）陈述、申辩而给予更重的处罚。`,
  ];
  if (hearing) {
    rights.push(
      `根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有权要求举行听证。要求听证的，应当自收到本告知书之日起${hearingDays}个工作日内${by(hearing.by, 'hearing.by')}向本机关提出；逾期未提出的，视为放弃听证权利。`,
    );
  }
  const contact = contactLine(required(d.contact, 'contact'));
  return [
    { type: 'text', text: partyLine(d.party), indent: false },
    { type: 'text', text: `${d.caseCause ? `本机关对你（单位）${d.caseCause}一案进行了调查。` : ''}经查，${required(d.facts, 'facts')}` },
    ...(d.evidence?.length ? [{ type: 'section' as const, title: '以上事实有下列证据证明：', lines: numbered(d.evidence) }] : []),
    { type: 'text', text: required(d.reasons, 'reasons') },
    { type: 'section', title: `依据${required(d.basis, 'basis')}的规定，本机关拟对你（单位）作出如下行政处罚：`, lines: numbered(required(d.penalties, 'penalties').map((p, i) => penaltyText(p, `penalties[${i}]`))) },
    ...rights.map((text): Block => ({ type: 'text', text })),
    ...(contact ? [{ type: 'text' as const, text: contact }] : []),
    { type: 'issuer', agencyName: d.header.agencyName, date: d.header.date },
  ];
};

export const priorNotice = defineKind<PriorNoticeData>({
  title: '行政处罚事先告知书',
  numberCode: '告',
  description: '作出行政处罚决定前告知拟处罚内容及事实、理由、依据和当事人的权利',
  build: (d) => ({ blocks: noticeBlocks(d, d.hearing), note: '本告知书一式两份，一份送达当事人，一份归档。' }),
});

/** 听证告知书: the prior notice of a penalty that entitles the party to a hearing; the hearing right is always stated. */
export type HearingRightsNoticeData = Omit<PriorNoticeData, 'hearing'> & { hearing: { by?: string } };

export const hearingRightsNotice = defineKind<HearingRightsNoticeData>({
  title: '听证告知书',
  numberCode: '听告',
  description: '拟作出第六十三条所列处罚时告知当事人有权要求听证',
  build: (d) => ({ blocks: noticeBlocks(d, d.hearing ?? {}), note: '本告知书一式两份，一份送达当事人，一份归档。' }),
});

/** 听证通知书 (处罚法 第六十四条第二项至第五项: 7 working days ahead, public unless secret or private, recusal, representation). */
export type HearingNoticeData = {
  header: DocumentHeader;
  party: Party;
  caseCause: string;
  /** The day the party asked for the hearing. */
  requestedOn: string;
  hearingAt: string;
  place: string;
  public: boolean;
  /** Why not public: 国家秘密、商业秘密或者个人隐私. */
  notPublicReason?: string;
  chair: string;
  members?: string[];
  recorder: string;
  contact: Contact;
};

export const hearingNotice = defineKind<HearingNoticeData>({
  title: '听证通知书',
  numberCode: '听通',
  description: '举行听证的时间、地点、主持人及当事人权利的通知',
  build: (d) => ({
    blocks: [
      { type: 'text', text: partyLine(d.party), indent: false },
      {
        type: 'text',
        text: `根据你（单位）于${cnDate(required(d.requestedOn, 'requestedOn'), 'requestedOn')}提出的听证要求，本机关决定于${cnDateTime(required(d.hearingAt, 'hearingAt'), 'hearingAt')}在${required(d.place, 'place')}${d.public ? '公开' : `不公开（${required(d.notPublicReason, 'notPublicReason')}）`}举行${required(d.caseCause, 'caseCause')}听证会。`,
      },
      {
        type: 'text',
        text: `听证主持人：${required(d.chair, 'chair')}；${d.members?.length ? `听证员：${joinNames(d.members)}；` : ''}记录员：${required(d.recorder, 'recorder')}。你（单位）认为主持人、听证员、记录员与本案有直接利害关系的，有权申请回避。`,
      },
      {
        type: 'text',
        text: '你（单位）可以亲自参加听证，也可以委托一至二人代理；委托代理人参加的，应当提交授权委托书。请携带身份证明及有关证据材料按时参加。无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本机关终止听证（《中华人民共和国行政处罚法》第六十四条）。',
      },
      ...(contactLine(d.contact) ? [{ type: 'text' as const, text: contactLine(d.contact)! }] : []),
      { type: 'issuer', agencyName: d.header.agencyName, date: d.header.date },
    ],
  }),
});

/** 听证笔录 (第六十四条第八项: read back to the party, who signs or seals it). */
export type HearingRecordData = {
  header: DocumentHeader;
  caseNumber: string;
  caseCause: string;
  startedAt: string;
  endedAt?: string;
  place: string;
  public: boolean;
  chair: string;
  members?: string[];
  recorder: string;
  party: Party;
  /** 当事人及其委托代理人 present. */
  partyAttendees: string[];
  /** 案件调查人员 presenting the case. */
  investigators: Officer[];
  proceedings: Array<{ speaker: string; text: string }>;
};

export const hearingRecord = defineKind<HearingRecordData>({
  title: '听证笔录',
  numberCode: null,
  description: '听证会的全过程记录，经当事人核对签名',
  build: (d) => ({
    blocks: [
      {
        type: 'fields',
        rows: [
          ['案号', required(d.caseNumber, 'caseNumber')],
          ['案由', required(d.caseCause, 'caseCause')],
          ['听证时间', cnSpan(required(d.startedAt, 'startedAt'), d.endedAt, 'startedAt')],
          ['听证地点', required(d.place, 'place')],
          ['听证方式', d.public ? '公开' : '不公开'],
          ['主持人', required(d.chair, 'chair')],
          ['听证员', d.members?.length ? joinNames(d.members) : undefined],
          ['记录员', required(d.recorder, 'recorder')],
          ['当事人', required(d.party?.name, 'party.name')],
          ['当事人及委托代理人出席', joinNames(required(d.partyAttendees, 'partyAttendees'))],
          ['案件调查人员', officersText(d.investigators, 'investigators', 1)],
        ],
      },
      { type: 'section', title: '听证过程', lines: required(d.proceedings, 'proceedings').map((p) => `${p.speaker}：${p.text}`) },
      { type: 'text', text: '以上笔录已交当事人（代理人）核对，确认无误。' },
      { type: 'signatures', lines: [{ label: '当事人或者委托代理人（签名或者盖章）' }, { label: '案件调查人员（签名）' }, { label: '主持人（签名）' }, { label: '记录员（签名）' }] },
    ],
  }),
});

/** 陈述申辩笔录. */
export type StatementRecordData = {
  header: DocumentHeader;
  caseNumber: string;
  caseCause: string;
  at: string;
  place: string;
  /** 陈述申辩人 (the party, its legal representative or an agent). */
  speaker: RecordPerson;
  officers: Officer[];
  recorder: string;
  /** What the party stated and argued, in its words. */
  statement: string;
  qa?: Array<{ q: string; a: string }>;
};

export const statementRecord = defineKind<StatementRecordData>({
  title: '陈述申辩笔录',
  numberCode: null,
  description: '当事人口头陈述、申辩的记录',
  build: (d) => ({
    blocks: [
      {
        type: 'fields',
        rows: [
          ['案号', required(d.caseNumber, 'caseNumber')],
          ['案由', required(d.caseCause, 'caseCause')],
          ['时间', cnDateTime(required(d.at, 'at'), 'at')],
          ['地点', required(d.place, 'place')],
          ['陈述申辩人', `${required(d.speaker?.name, 'speaker.name')}${d.speaker.role ? `（${d.speaker.role}）` : ''}`],
          ['执法人员', officersText(d.officers, 'officers', 2)],
          ['记录人', required(d.recorder, 'recorder')],
        ],
      },
      { type: 'section', title: '陈述申辩内容', text: required(d.statement, 'statement') },
      ...(d.qa?.length ? [{ type: 'qa' as const, items: d.qa }] : []),
      { type: 'text', text: '以上笔录我已看过，与我所说的一致。' },
      { type: 'signatures', lines: [{ label: '陈述申辩人（签名）' }, { label: '执法人员（签名）' }, { label: '记录人（签名）' }] },
    ],
  }),
});
