import { cnDate, cnDateTime, cnSpan, joinNames } from '../format.ts';
import { defineKind, type DocumentHeader, type Item, itemTable, type Officer, officersText, type Party, partyLine, partyRows, required } from './common.ts';

/** The opening every 笔录 records: who the officers are, that they showed their certificates, the right to recusal (第四十三条). */
const recusalQa = (agencyName: string, officers: readonly Officer[], answer: string) => ({
  q: `我们是${agencyName}的执法人员${joinNames(officers.map((o) => o.name))}，执法证号分别为${joinNames(officers.map((o) => o.certificateNo))}，现向你出示执法证件。我们依法进行调查，你应当如实回答询问、协助调查，不得阻挠。如认为执法人员与本案有直接利害关系或者有其他关系可能影响公正执法的，你有权申请回避。你是否申请回避？`,
  a: required(answer, 'recusalAnswer'),
});

/** A person in a record: the one questioned, the one present at an inspection. */
export type RecordPerson = { name: string; gender?: '男' | '女'; idNumber?: string; role?: string; phone?: string; address?: string };

const personRows = (p: RecordPerson, label: string): Array<[string, string | undefined]> => [
  [label, required(p?.name, `${label}.name`) + (p.gender ? `（${p.gender}）` : '')],
  ['身份证件号码', p.idNumber],
  ['工作单位及职务（与案件关系）', p.role],
  ['联系电话', p.phone],
  ['住址', p.address],
];

/** 询问笔录. */
export type InquiryRecordData = {
  header: DocumentHeader;
  caseCause: string;
  startedAt: string;
  endedAt?: string;
  place: string;
  /** 第几次询问. */
  round?: number;
  interviewee: RecordPerson;
  inquirers: Officer[];
  recorder: string;
  recusalAnswer: string;
  qa: Array<{ q: string; a: string }>;
};

export const inquiryRecord = defineKind<InquiryRecordData>({
  title: '询问笔录',
  numberCode: null,
  description: '执法人员询问当事人或者证人的笔录',
  build: (d) => ({
    blocks: [
      {
        type: 'fields',
        rows: [
          ['案由', required(d.caseCause, 'caseCause')],
          ['询问时间', cnSpan(required(d.startedAt, 'startedAt'), d.endedAt, 'startedAt')],
          ['询问地点', required(d.place, 'place')],
          ...(d.round ? ([['询问次数', `第${d.round}次`]] as Array<[string, string]>) : []),
          ...personRows(d.interviewee, '被询问人'),
          ['询问人', officersText(d.inquirers, 'inquirers', 2)],
          ['记录人', required(d.recorder, 'recorder')],
        ],
      },
      { type: 'qa', items: [recusalQa(d.header.agencyName, d.inquirers, d.recusalAnswer), ...required(d.qa, 'qa'), { q: '以上笔录你看一下，是否与你所说的一致？', a: '以上笔录我已看过，与我所说的一致。' }] },
      { type: 'signatures', lines: [{ label: '被询问人（签名）' }, { label: '询问人（签名）' }, { label: '记录人（签名）' }] },
    ],
  }),
});

/** 现场检查笔录 or 勘验笔录 (the same form; `mode` sets the title). */
export type SiteInspectionRecordData = {
  header: DocumentHeader;
  mode: 'inspection' | 'survey';
  caseCause?: string;
  startedAt: string;
  endedAt?: string;
  place: string;
  party: Party;
  /** The party's person present (当事人或者其负责人、见证人). */
  present: RecordPerson;
  inspectors: Officer[];
  recorder: string;
  recusalAnswer: string;
  /** 检查（勘验）情况: what was seen, measured, photographed, recorded on video. */
  findings: string;
  /** Photos, video and other material made on the spot. */
  attachments?: string[];
};

export const siteInspectionRecord = defineKind<SiteInspectionRecordData>({
  title: '现场检查(勘验)笔录',
  numberCode: null,
  description: '现场检查或者勘验的笔录',
  build: (d) => {
    const word = d.mode === 'survey' ? '勘验' : '检查';
    return {
      title: d.mode === 'survey' ? '勘验笔录' : '现场检查笔录',
      blocks: [
        {
          type: 'fields',
          rows: [
            ...(d.caseCause ? ([['案由', d.caseCause]] as Array<[string, string]>) : []),
            [`${word}时间`, cnSpan(required(d.startedAt, 'startedAt'), d.endedAt, 'startedAt')],
            [`${word}地点`, required(d.place, 'place')],
            ...partyRows(d.party),
            ...personRows(d.present, '现场负责人（见证人）'),
            [`${word}人员`, officersText(d.inspectors, 'inspectors', 2)],
            ['记录人', required(d.recorder, 'recorder')],
          ],
        },
        { type: 'qa', items: [recusalQa(d.header.agencyName, d.inspectors, d.recusalAnswer)] },
        { type: 'section', title: `${word}情况`, text: required(d.findings, 'findings'), lines: d.attachments?.length ? [`现场${word}取得：${joinNames(d.attachments)}。`] : [] },
        { type: 'signatures', lines: [{ label: '当事人或者现场负责人（签名）' }, { label: `${word}人员（签名）` }, { label: '记录人（签名）' }] },
      ],
    };
  },
});

/** 抽样取证凭证. */
export type SamplingVoucherData = {
  header: DocumentHeader;
  party: Party;
  sampledAt: string;
  place: string;
  /** 抽样基数 and how the samples were drawn. */
  method: string;
  samples: Item[];
  officers: Officer[];
};

export const samplingVoucher = defineKind<SamplingVoucherData>({
  title: '抽样取证凭证',
  numberCode: '抽',
  description: '抽样取证的物品及方法，当事人确认',
  build: (d) => ({
    blocks: [
      { type: 'text', text: partyLine(d.party), indent: false },
      {
        type: 'text',
        text: `依据《中华人民共和国行政处罚法》第五十六条的规定，本机关执法人员${officersText(d.officers, 'officers', 2)}于${cnDateTime(required(d.sampledAt, 'sampledAt'), 'sampledAt')}在${required(d.place, 'place')}对下列物品进行抽样取证。抽样方法：${required(d.method, 'method')}`,
      },
      itemTable(d.samples, 'samples'),
      { type: 'signatures', lines: [{ label: '当事人（签名或者盖章）' }, { label: '执法人员（签名）' }] },
    ],
    note: '本凭证一式两份，一份交当事人，一份归档。',
  }),
});

/** 责令改正通知书 (处罚法 第二十八条). */
export type RectificationOrderData = {
  header: DocumentHeader;
  party: Party;
  facts: string;
  violation: string;
  basis: string;
  /** What must be corrected, and by when. */
  requirement: string;
  correctBy: string;
};

export const rectificationOrder = defineKind<RectificationOrderData>({
  title: '责令改正通知书',
  numberCode: '责改',
  description: '责令当事人改正或者限期改正违法行为',
  build: (d) => ({
    blocks: [
      { type: 'text', text: partyLine(d.party), indent: false },
      { type: 'text', text: `经查，${required(d.facts, 'facts')}${required(d.violation, 'violation')}` },
      {
        type: 'text',
        text: `依据${required(d.basis, 'basis')}的规定，责令你（单位）于${cnDate(required(d.correctBy, 'correctBy'), 'correctBy')}前改正上述违法行为：${required(d.requirement, 'requirement')}`,
      },
      { type: 'issuer', agencyName: d.header.agencyName, date: d.header.date },
    ],
  }),
});
