import type { CaseDocumentKind } from '@sanxiang/domain';
import { CASE_ENDING_LABELS, type CaseEnding, DISCRETION_LABELS, type DiscretionLevel, formatFen, type MeasureKind } from '@sanxiang/domain';
import {
  type Approval,
  type Block,
  cnDate,
  type DocumentDataMap,
  type DocumentHeader,
  type DocumentKind,
  type Layout,
  money,
  type Officer,
  type Party,
  type Penalty,
  type Remedies,
  type ServiceMethod,
} from '@sanxiang/documents';
import type { CaseFileSnapshot, SnapshotDocument, SnapshotEvent } from './case-file-snapshot.ts';

/**
 * What one stored document becomes on paper: a kind of the documents package with its typed data, or, for the
 * three kinds the package has no template for (不予立案审批表, 回避声明, 延长办案期限审批表) and two variants its
 * templates cannot say (不予处罚的决定审批表, 分期缴纳 without the instalment plan), a layout of the package's own
 * blocks, so every document of a file shares one look.
 */
export type DocumentSpec = { [K in DocumentKind]: { kind: K; data: DocumentDataMap[K] } }[DocumentKind] | { kind: 'generic'; layout: Layout; date: string };

/** Written where the record does not hold a fact the form asks for: the paper says so rather than inventing one. */
export const NOT_RECORDED = '（未记录）';

const pkg = <K extends DocumentKind>(kind: K, data: DocumentDataMap[K]): DocumentSpec => ({ kind, data }) as DocumentSpec;

const SERVICE_METHOD_LABELS: Record<string, ServiceMethod> = {
  'on-the-spot': '直接送达',
  direct: '直接送达',
  mail: '邮寄送达',
  electronic: '电子送达',
  'left-at-address': '留置送达',
  announcement: '公告送达',
};
const INTERVIEWEE_ROLES: Record<string, string> = { party: '当事人', 'legal-representative': '法定代表人', employee: '当事人的工作人员', witness: '证人', other: '其他' };
const MEASURE_OUTCOMES: Record<string, string> = {
  released: '解除',
  confiscated: '依法没收',
  returned: '退还当事人',
  transferred: '移送有关机关',
  'sealed-or-seized': '依法予以查封、扣押',
  tested: '送交检测、检验、检疫或者技术鉴定',
};

/** "2026-11-20T02:00:00.000Z" → "2026-11-20T10:00": documents print Beijing wall-clock time. */
export const beijingDateTime = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** "现场检查笔录、抽样检验报告、询问笔录。" → one line per piece of evidence. */
export const evidenceLines = (text: string | null | undefined): string[] => {
  const clean = (text ?? '').trim().replace(/[。.]$/, '');
  if (!clean) return [NOT_RECORDED];
  const lines = clean.split(/[；;\n]+/).map((s) => s.trim()).filter(Boolean);
  return (lines.length > 1 ? lines : clean.split('、')).map((s) => s.trim()).filter(Boolean);
};

/** A stored 问/答 text as pairs; free text stays one answer. */
export const qaPairs = (content: string): Array<{ q: string; a: string }> => {
  const pairs = [...content.matchAll(/问[：:]([\s\S]*?)答[：:]([\s\S]*?)(?=问[：:]|$)/g)].map((m) => ({ q: m[1].trim(), a: m[2].trim() }));
  return pairs.length ? pairs : [{ q: '请陈述有关情况。', a: content.trim() }];
};

type DraftPenalty = { kind: Penalty['kind']; amountFen?: number | null; description?: string | null };
const penaltiesOf = (list: DraftPenalty[] | undefined): Penalty[] =>
  (list ?? []).map((p) => ({ kind: p.kind, ...(p.amountFen ? { amountFen: p.amountFen } : {}), ...(p.description ? { detail: p.description } : {}) }));

/** The mapping's view of one document: its data, its event, the case around it. */
const sourceOf = (snap: CaseFileSnapshot, doc: SnapshotDocument) => {
  const d = doc.data;
  const before = (type: string) => snap.events.filter((e) => e.type === type && e.seq <= doc.event.seq);
  const last = (type: string): SnapshotEvent | undefined => before(type).at(-1);
  const handlers: Officer[] = snap.handlers.map((h) => ({ name: h.name, certificateNo: h.certificateNo ?? NOT_RECORDED }));
  const partyOf = (p: { name: string; kind: string; idNumberMasked?: string | null; creditCode?: string | null; address?: string | null } | null | undefined): Party =>
    p
      ? { type: p.kind === 'person' ? 'person' : 'organisation', name: p.name, idNumber: p.idNumberMasked ?? undefined, creditCode: p.creditCode ?? undefined, address: p.address ?? undefined }
      : { type: 'organisation', name: '（尚未确定当事人）' };
  /** The draft (拟处理意见) in force when the document was issued. */
  const draft = [...snap.events].reverse().find((e) => e.seq <= doc.event.seq && e.payload.draft)?.payload as
    | { draft: { outcome: string; facts: string; evidenceSummary: string; violatedProvisions: string; penaltyBasis: string; penalties: DraftPenalty[]; discretion?: { level: DiscretionLevel; reason: string }; noPenaltyReason?: string | null }; penaltyText: string; draftVersion: number }
    | undefined;
  const r = snap.remedies;
  const remedies: Remedies = { reconsiderationOrgan: r.reconsideration.organ, reconsiderationDays: r.reconsideration.days, court: r.litigation.court, litigationMonths: r.litigation.months };
  const isHead = doc.event.actorRoles.includes('agency_head');
  const approval = (opinion: string): { unitApproval?: Approval; agencyApproval?: Approval } => {
    const a = { opinion, name: doc.event.actorName ?? NOT_RECORDED, date: doc.issuedOn };
    return isHead ? { agencyApproval: a } : { unitApproval: a };
  };
  const measureTaken = (measureId: string | undefined) => snap.events.find((e) => e.type === 'measure-taken' && e.payload.measureId === measureId);
  const docOf = (e: SnapshotEvent | undefined, kind: CaseDocumentKind) => ((e?.payload.documents ?? []) as Array<{ kind: string; number: string | null; issuedOn: string }>).find((x) => x.kind === kind);
  return {
    d,
    doc,
    snap,
    event: doc.event,
    header: { agencyName: snap.agency.name, number: doc.number ?? undefined, date: doc.issuedOn } as DocumentHeader,
    cause: snap.title,
    caseNumber: snap.caseNumber ?? snap.clueNumber,
    party: partyOf(d.party ?? snap.party),
    handlers,
    officers: (list: Array<{ name: string; certificateNo: string | null }> | undefined): Officer[] =>
      list?.length ? list.map((o) => ({ name: o.name, certificateNo: o.certificateNo ?? NOT_RECORDED })) : handlers,
    recorder: doc.event.actorName ?? NOT_RECORDED,
    remedies,
    contact: { address: snap.agency.address ?? snap.agency.name, ...(snap.agency.phone ? { phone: snap.agency.phone } : {}) },
    draft,
    last,
    before,
    approval,
    measureTaken,
    docOf,
  };
};
type Src = ReturnType<typeof sourceOf>;

const dateText = (date: string | null | undefined) => (date ? cnDate(date.slice(0, 10)) : NOT_RECORDED);

/** 调查经过 from the record itself: filing, each inspection, inquiry, sampling and measure, in order. */
const investigationProcess = (s: Src): string => {
  const steps = s.snap.events
    .filter((e) => e.seq < s.event.seq)
    .flatMap((e): string[] => {
      const p = e.payload;
      switch (e.type) {
        case 'filed':
          return [`${dateText(p.filedOn)}经批准立案（${p.caseNumber}）`];
        case 'inspection-recorded':
          return [`${dateText(beijingDateTime(p.startedAt))}在${p.place}进行现场检查`];
        case 'inquiry-recorded':
          return [`${dateText(beijingDateTime(p.startedAt))}询问${p.interviewee}`];
        case 'sampling-recorded':
          return [`${dateText(beijingDateTime(p.startedAt))}在${p.place}抽样取证`];
        case 'measure-taken':
          return [`${dateText(p.startedOn)}采取${p.kindLabel}措施`];
        default:
          return [];
      }
    });
  return steps.length ? `${steps.join('；')}。` : NOT_RECORDED;
};

/** 告知、陈述申辩、听证 as they happened, for the decision and its approval form. */
const statementHistory = (s: Src): string => {
  const lines: string[] = [];
  const notice = s.last('prior-notice-served');
  if (notice) lines.push(`本机关于${dateText(notice.payload.servedOn)}向当事人送达行政处罚事先告知书，告知拟作出的行政处罚及陈述、申辩${notice.payload.hearingRequestDueOn ? '和要求听证' : ''}的权利。`);
  for (const st of s.before('statement-recorded')) {
    lines.push(`当事人于${dateText(st.payload.receivedOn)}${st.payload.form === 'oral' ? '口头' : '书面'}提出陈述、申辩：${st.payload.content}经复核，${st.payload.assessment}${st.payload.adopted ? '（予以采纳）' : '（不予采纳）'}`);
  }
  for (const w of s.before('rights-waived')) {
    lines.push(`当事人于${dateText(w.payload.signedOn)}书面放弃${[w.payload.statement ? '陈述、申辩' : '', w.payload.hearing ? '听证' : ''].filter(Boolean).join('和')}权利。`);
  }
  const hearing = s.last('hearing-held');
  if (hearing) lines.push(`本机关于${dateText(hearing.payload.heldOn)}举行听证，听证主持人意见：${hearing.payload.chairOpinion}`);
  if (notice && lines.length === 1) lines.push('当事人在规定期限内未提出陈述、申辩。');
  return lines.join('\n') || '未经告知程序。';
};

const collectiveText = (s: Src) => {
  const held = s.last('collective-discussion-held');
  return held ? `${dateText(held.payload.heldOn)}经机关负责人集体讨论：${held.payload.conclusion}` : undefined;
};

const generic = (s: Src, title: string, blocks: Block[]): DocumentSpec => ({
  kind: 'generic',
  date: s.doc.issuedOn,
  layout: { agencyName: s.snap.agency.name, title, number: s.doc.number ?? undefined, blocks },
});

const partyRowsOf = (p: Party): Array<[string, string | undefined]> => [
  ['当事人', p.name],
  p.type === 'organisation' ? ['统一社会信用代码', p.creditCode] : ['身份证件号码', p.idNumber],
  [p.type === 'organisation' ? '住所（经营场所）' : '住址', p.address],
];
const officersLine = (list: readonly Officer[]) => list.map((o) => `${o.name}（执法证号：${o.certificateNo}）`).join('、');
const opinionsBlock = (s: Src, handlerOpinion: string, label: string, opinion: string): Block => ({
  type: 'opinions',
  items: [
    { label: '承办人意见', opinion: handlerOpinion },
    { label, opinion, name: s.event.actorName ?? undefined, date: s.doc.issuedOn },
  ],
});

/** The 送达回证 of a service: which documents went with it. */
const servedDocuments = (s: Src): Array<{ title: string; number?: string }> => {
  const others = ((s.event.payload.documents ?? []) as Array<{ kind: string; title: string; number: string | null }>).filter((x) => x.kind !== 'service-receipt');
  if (others.length) return others.map((x) => ({ title: x.title, ...(x.number ? { number: x.number } : {}) }));
  return [{ title: s.d.document ?? NOT_RECORDED, ...(s.d.number ? { number: s.d.number } : {}) }];
};

const measureWord = (kind: MeasureKind | string): '查封' | '扣押' => (kind === 'seal' ? '查封' : '扣押');

const itemsOf = (items: Array<{ name: string; quantity: string; note?: string | null; batch?: string | null }> | undefined) =>
  (items ?? []).map((i) => ({ name: i.name, quantity: i.quantity, ...(i.note ? { note: i.note } : {}), ...(i.batch ? { note: `批号：${i.batch}` } : {}) }));

/**
 * 行政强制法 第二十五条: 30 days, the day of the act not counted; the package counts both ends and caps the span,
 * so the period runs from the next day. A due day moved off a rest day (处罚法 第八十五条 rule for periods) is
 * printed as its own sentence by the caller rather than stretching the stated period.
 */
const seizurePeriod = (startedOn: string, dueOn: string) => {
  const from = addDays(startedOn, 1);
  const to = dueOn < addDays(from, 29) ? dueOn : addDays(from, 29);
  return { from, to };
};

/** One mapping per kind of CASE_DOCUMENT_KINDS: the stored act data and the case → what the package prints. */
export const DOCUMENT_MAPPINGS: { [K in CaseDocumentKind]: (s: Src) => DocumentSpec } = {
  'filing-approval': (s) => {
    const clue = s.last('clue-registered')?.payload;
    const request = s.last('filing-requested')?.payload;
    return pkg('filingApproval', {
      // The 立案审批表 carries the case number (立), which its act stores in the data.
      header: { ...s.header, number: s.d.caseNumber ?? s.header.number },
      caseSource: clue?.sourceLabel ?? NOT_RECORDED,
      caseCause: s.cause,
      party: s.party,
      discoveredOn: s.snap.occurredOn ?? undefined,
      summary: clue?.description ?? NOT_RECORDED,
      handlers: s.handlers,
      handlerOpinion: s.d.reason ?? request?.reason ?? NOT_RECORDED,
      ...s.approval(s.d.opinion ?? '同意立案'),
    });
  },
  'not-filing-approval': (s) => {
    const clue = s.last('clue-registered')?.payload;
    return generic(s, '不予立案审批表', [
      { type: 'fields', rows: [['案由', s.cause], ['案源编号', s.snap.clueNumber], ['案件来源', clue?.sourceLabel], ...partyRowsOf(s.party), ['线索内容', clue?.description], ['承办人', officersLine(s.handlers)]] },
      opinionsBlock(s, s.d.reason ?? NOT_RECORDED, s.event.actorRoles.includes('agency_head') ? '机关负责人审批意见' : '承办机构负责人意见', s.d.opinion ?? NOT_RECORDED),
    ]);
  },
  'recusal-declaration': (s) => {
    const me = s.snap.handlers.find((h) => h.accountId === s.event.actorAccountId);
    return generic(s, '回避声明', [
      { type: 'fields', rows: [['案号', s.caseNumber], ['案由', s.cause], ['当事人', s.party.name], ['声明人', `${s.event.actorName ?? NOT_RECORDED}（执法证号：${me?.certificateNo ?? NOT_RECORDED}）`]] },
      { type: 'text', text: `${s.d.statement ?? NOT_RECORDED}（《中华人民共和国行政处罚法》第四十三条）` },
      { type: 'signatures', lines: [{ label: '声明人（签名）', name: s.event.actorName ?? undefined, date: s.doc.issuedOn }] },
    ]);
  },
  'inquiry-record': (s) =>
    pkg('inquiryRecord', {
      header: s.header,
      caseCause: s.cause,
      startedAt: beijingDateTime(s.d.startedAt),
      endedAt: s.d.endedAt ? beijingDateTime(s.d.endedAt) : undefined,
      place: s.d.place,
      interviewee: { name: s.d.interviewee, role: INTERVIEWEE_ROLES[s.d.intervieweeRole] ?? s.d.intervieweeRole },
      inquirers: s.officers(s.d.officers),
      recorder: s.recorder,
      recusalAnswer: NOT_RECORDED,
      qa: qaPairs(s.d.content ?? ''),
    }),
  'inspection-record': (s) =>
    pkg('siteInspectionRecord', {
      header: s.header,
      mode: 'inspection',
      caseCause: s.cause,
      startedAt: beijingDateTime(s.d.startedAt),
      endedAt: s.d.endedAt ? beijingDateTime(s.d.endedAt) : undefined,
      place: s.d.place,
      party: s.party,
      present: { name: NOT_RECORDED },
      inspectors: s.officers(s.d.officers),
      recorder: s.recorder,
      recusalAnswer: NOT_RECORDED,
      findings: s.d.findings,
    }),
  'sampling-record': (s) =>
    pkg('samplingVoucher', {
      header: s.header,
      party: s.party,
      sampledAt: beijingDateTime(s.d.startedAt),
      place: s.d.place,
      method: `抽样目的：${s.d.purpose}`,
      samples: itemsOf(s.d.samples),
      officers: s.officers(s.d.officers),
    }),
  'preservation-notice': (s) =>
    pkg('preservationNotice', { header: s.header, party: s.party, reason: s.d.reason, items: itemsOf(s.d.items), keptAt: s.d.place, decideBy: s.d.dueOn }),
  'preservation-decision': (s) => {
    const taken = s.measureTaken(s.event.payload.measureId);
    const notice = s.docOf(taken, 'preservation-notice');
    const decision = `${MEASURE_OUTCOMES[s.d.outcome] ?? s.d.outcome}（${s.d.reason}）`;
    return pkg('preservationDecision', {
      header: s.header,
      party: s.party,
      noticeNumber: notice?.number ?? NOT_RECORDED,
      noticeDate: notice?.issuedOn ?? taken?.payload.startedOn ?? s.doc.issuedOn,
      decisions: itemsOf(s.d.items).map((i) => ({ item: `${i.name} ${i.quantity}`, decision })),
      remedies: s.remedies,
    });
  },
  'seizure-decision': (s) => {
    const period = seizurePeriod(s.d.startedOn, s.d.dueOn);
    const moved = s.d.dueOn > period.to ? `期限届满日为法定休息日的，顺延至${cnDate(s.d.dueOn)}。` : '';
    return pkg('seizureDecision', {
      header: s.header,
      measure: measureWord(s.d.kind),
      party: s.party,
      reason: `${s.d.reason}（经${s.d.approvedBy}批准）${moved ? `，${moved.replace(/。$/, '')}` : ''}`,
      // The act does not record the provision granting the measure; 第九条 names 查封、扣押 as measures.
      basis: '《中华人民共和国行政强制法》第九条',
      items: itemsOf(s.d.items),
      place: s.d.place,
      period,
      remedies: s.remedies,
    });
  },
  'seizure-extension': (s) => {
    const taken = s.measureTaken(s.event.payload.measureId);
    const original = s.docOf(taken, 'seizure-decision');
    const originalPeriod = taken ? seizurePeriod(taken.payload.startedOn, s.d.previousDueOn) : { from: s.doc.issuedOn, to: s.d.previousDueOn };
    const testing = Number(s.event.payload.testingDays ?? 0);
    // 第二十五条第三款: testing time is not counted, so the extension itself is at most 30 days after the original end.
    const extendedTo = [addDays(originalPeriod.to, 30), addDays(s.d.dueOn, -testing)].sort()[0];
    const extra = testing ? `；检测、检验、检疫或者技术鉴定期间${testing}日不计入期限，期限届满日为${cnDate(s.d.dueOn)}` : '';
    return pkg('seizureExtension', {
      header: s.header,
      measure: measureWord(taken?.payload.kind ?? 'seize'),
      party: s.party,
      originalNumber: original?.number ?? NOT_RECORDED,
      originalPeriod,
      extendedTo,
      reason: `${s.d.reason}${extra}`,
    });
  },
  'seizure-release': (s) => {
    const taken = s.measureTaken(s.event.payload.measureId);
    return pkg('seizureRelease', {
      header: s.header,
      measure: measureWord(taken?.payload.kind ?? 'seize'),
      party: s.party,
      originalNumber: s.docOf(taken, 'seizure-decision')?.number ?? NOT_RECORDED,
      reason: `${s.d.reason}（处理结果：${MEASURE_OUTCOMES[s.d.outcome] ?? s.d.outcome}）`,
      items: itemsOf(s.d.items),
      releasedOn: s.d.endedOn,
    });
  },
  'investigation-report': (s) => {
    const draft = s.d.draft ?? s.draft?.draft;
    return pkg('investigationReport', {
      header: s.header,
      caseNumber: s.caseNumber,
      caseCause: s.cause,
      party: s.party,
      handlers: s.handlers,
      process: investigationProcess(s),
      facts: draft?.facts ?? NOT_RECORDED,
      evidence: evidenceLines(draft?.evidenceSummary),
      analysis: `${s.d.report} 当事人的行为违反了${draft?.violatedProvisions ?? NOT_RECORDED}的规定，依据${draft?.penaltyBasis ?? NOT_RECORDED}应予处理。`,
      discretion: draft?.discretion ? `${DISCRETION_LABELS[draft.discretion.level as DiscretionLevel] ?? draft.discretion.level}：${draft.discretion.reason}` : undefined,
      proposal: draft?.outcome === 'no-penalty' ? `建议不予行政处罚：${draft.noPenaltyReason ?? NOT_RECORDED}` : `建议给予行政处罚：${s.d.penaltyText ?? NOT_RECORDED}`,
    });
  },
  'collective-minutes': (s) => {
    const version = s.snap.events.find((e) => e.seq <= s.event.seq && e.payload.draftVersion === s.d.draftVersion && e.payload.penaltyText);
    const participants: string[] = s.d.participants ?? [];
    return pkg('collectiveDiscussion', {
      header: s.header,
      caseNumber: s.caseNumber,
      caseCause: s.cause,
      party: s.party,
      startedAt: s.d.heldOn,
      place: NOT_RECORDED,
      chair: participants[0] ?? NOT_RECORDED,
      recorder: s.recorder,
      attendees: participants,
      reporter: s.snap.handlers.find((h) => h.role === 'lead')?.name ?? NOT_RECORDED,
      report: `拟处理意见（第${s.d.draftVersion}稿）：${version?.payload.penaltyText ?? NOT_RECORDED}`,
      discussion: [{ speaker: '讨论记录', opinion: s.d.minutes }],
      conclusion: s.d.conclusion,
    });
  },
  'prior-notice': (s) =>
    pkg('priorNotice', {
      header: s.header,
      party: s.party,
      caseCause: s.cause,
      facts: s.d.facts,
      evidence: s.draft ? evidenceLines(s.draft.draft.evidenceSummary) : undefined,
      reasons: `你（单位）的上述行为违反了${s.d.violatedProvisions}的规定。`,
      basis: s.d.penaltyBasis,
      penalties: penaltiesOf(s.draft?.draft.penalties),
      statement: { days: s.d.statementWorkingDays, by: s.d.statementDueOn },
      ...(s.d.hearingRequestDueOn ? { hearing: { by: s.d.hearingRequestDueOn } } : {}),
      contact: s.contact,
    }),
  'statement-record': (s) =>
    pkg('statementRecord', {
      header: s.header,
      caseNumber: s.caseNumber,
      caseCause: s.cause,
      at: s.d.receivedOn,
      place: s.d.form === 'written' ? '书面提交' : NOT_RECORDED,
      speaker: { name: s.party.name, role: '当事人' },
      officers: s.handlers,
      recorder: s.recorder,
      statement: `${s.d.content}\n复核意见：${s.d.assessment}（${s.d.adopted ? '予以采纳' : '不予采纳'}）`,
    }),
  'hearing-notice': (s) =>
    pkg('hearingNotice', {
      header: s.header,
      party: s.party,
      caseCause: s.cause,
      requestedOn: s.last('hearing-requested')?.payload.requestedOn ?? s.doc.issuedOn,
      hearingAt: s.d.hearingOn,
      place: s.d.place,
      public: s.d.public !== false,
      ...(s.d.public === false ? { notPublicReason: NOT_RECORDED } : {}),
      chair: s.d.chairName,
      recorder: NOT_RECORDED,
      contact: s.contact,
    }),
  'hearing-record': (s) => {
    const notice = s.last('hearing-scheduled')?.payload;
    return pkg('hearingRecord', {
      header: s.header,
      caseNumber: s.caseNumber,
      caseCause: s.cause,
      startedAt: s.d.heldOn,
      place: notice?.place ?? NOT_RECORDED,
      public: notice?.public !== false,
      chair: s.d.chairName ?? NOT_RECORDED,
      recorder: s.recorder,
      party: s.party,
      partyAttendees: [NOT_RECORDED],
      investigators: s.handlers,
      proceedings: [
        { speaker: '听证记录', text: s.d.minutes },
        { speaker: '主持人意见', text: s.d.chairOpinion },
        ...(s.d.refusalNote ? [{ speaker: '备注', text: s.d.refusalNote }] : []),
        { speaker: '当事人核对', text: s.d.partySigned ? '当事人已审核无误并签字。' : '当事人拒绝签字。' },
      ],
    });
  },
  'extension-approval': (s) =>
    generic(s, '延长办案期限审批表', [
      { type: 'fields', rows: [['案号', s.caseNumber], ['案由', s.cause], ...partyRowsOf(s.party), ['立案日期', dateText(s.snap.filedOn)], ['原办案期限', `${dateText(s.d.previousDueOn)}届满`], ['延长期限', `${s.d.days}日，至${dateText(s.d.dueOn)}`], ['延长理由', s.d.reason], ['承办人', officersLine(s.handlers)]] },
      opinionsBlock(s, s.d.reason, '机关负责人审批意见', '同意延长办案期限。'),
    ]),
  'decision-approval': (s) => {
    const decision = s.event.payload;
    const penalties = penaltiesOf(decision.penalties);
    if (!penalties.length) {
      return generic(s, '行政处罚决定审批表', [
        { type: 'fields', rows: [['案号', s.caseNumber], ['案由', s.cause], ...partyRowsOf(s.party), ['违法事实', decision.facts], ['拟处理意见', `不予行政处罚：${decision.noPenaltyReason ?? NOT_RECORDED}`], ['告知及陈述申辩、听证情况', statementHistory(s)], ['集体讨论情况', collectiveText(s)], ['承办人', officersLine(s.handlers)]] },
        opinionsBlock(s, s.draft?.penaltyText ?? NOT_RECORDED, '机关负责人审批意见', s.d.opinion),
      ]);
    }
    return pkg('decisionApproval', {
      header: s.header,
      caseNumber: s.caseNumber,
      caseCause: s.cause,
      party: s.party,
      facts: decision.facts,
      basis: decision.penaltyBasis,
      penalties,
      statementAndHearing: statementHistory(s),
      legalReview: decision.reviewId ? `已经法制审核（审核记录 ${decision.reviewId}）` : '不属于《中华人民共和国行政处罚法》第五十八条规定须经法制审核的情形',
      collectiveDiscussion: collectiveText(s),
      handlers: s.handlers,
      handlerOpinion: `建议${s.draft?.penaltyText ?? decision.penaltyText}`,
      agencyApproval: { opinion: s.d.opinion, name: s.event.actorName ?? NOT_RECORDED, date: s.d.decidedOn ?? s.doc.issuedOn },
    });
  },
  'penalty-decision': (s) => {
    const penalties = penaltiesOf(s.d.penalties);
    const payable = penalties.some((p) => p.kind === 'fine' || p.kind === 'confiscate-illegal-gains');
    return pkg('penaltyDecision', {
      header: { ...s.header, date: s.d.decidedOn ?? s.doc.issuedOn },
      party: s.party,
      caseCause: s.cause,
      facts: s.d.facts,
      evidence: evidenceLines(s.d.evidenceSummary),
      violation: `当事人的上述行为违反了${s.d.violatedProvisions}的规定。`,
      statementHandling: statementHistory(s),
      discretion: s.d.discretion ? `${DISCRETION_LABELS[s.d.discretion.level as DiscretionLevel] ?? s.d.discretion.level}：${String(s.d.discretion.reason).replace(/[。.]?$/, '。')}` : undefined,
      penaltyBasis: s.d.penaltyBasis,
      penalties,
      ...(payable ? { payment: { payTo: '本机关指定的代收银行或者电子缴款渠道' } } : {}),
      remedies: remediesOf(s),
    });
  },
  'no-penalty-decision': (s) =>
    pkg('noPenaltyDecision', {
      header: { ...s.header, date: s.d.decidedOn ?? s.doc.issuedOn },
      party: s.party,
      caseCause: s.cause,
      facts: s.d.facts,
      evidence: evidenceLines(s.d.evidenceSummary),
      reason: s.d.noPenaltyReason ?? NOT_RECORDED,
      basis: s.d.penaltyBasis,
      remedies: remediesOf(s),
    }),
  'on-the-spot-decision': (s) => {
    const fine = Number(s.d.fineFen ?? 0);
    return pkg('onTheSpotDecision', {
      header: s.header,
      party: s.party,
      actAt: beijingDateTime(s.d.occurredAt),
      place: s.d.place,
      facts: s.d.facts,
      violation: `当事人的上述行为违反了${s.d.violatedProvisions}的规定。`,
      penaltyBasis: s.d.penaltyBasis,
      penalties: fine > 0 ? [{ kind: 'fine', amountFen: fine }] : [{ kind: 'warning' }],
      ...(s.d.collectedOnTheSpot ? { collectedOnSpot: { receiptNo: s.d.receiptNumber ?? NOT_RECORDED } } : fine > 0 ? { payment: { payTo: '本机关指定的代收银行或者电子缴款渠道' } } : {}),
      remedies: s.remedies,
      officers: s.handlers,
    });
  },
  'service-receipt': (s) => {
    const method = SERVICE_METHOD_LABELS[s.d.method] ?? '直接送达';
    const consent = s.last('e-service-consent-recorded')?.payload;
    return pkg('serviceReceipt', {
      header: s.header,
      caseCause: s.cause,
      documents: servedDocuments(s),
      recipient: s.d.recipient,
      address: s.party.address,
      method,
      servedAt: s.d.servedOn,
      servers: s.handlers,
      ...(method === '电子送达' ? { electronicConsentOn: consent?.signedOn, electronicAddress: s.d.address ?? consent?.address } : {}),
      ...(method === '留置送达' ? { witness: NOT_RECORDED } : {}),
      ...(s.d.method === 'on-the-spot' ? { note: '当场交付' } : {}),
    });
  },
  'deferral-approval': (s) => {
    const fine = s.snap.fineFen;
    if (s.d.kind === 'instalments' || !(fine > 0)) {
      return generic(s, s.d.kind === 'instalments' ? '分期缴纳罚款审批表' : '延期缴纳罚款审批表', [
        { type: 'fields', rows: [['案号', s.caseNumber], ...partyRowsOf(s.party), ['行政处罚决定书文号', s.snap.decisionNumber ?? NOT_RECORDED], ['罚款金额', money(fine)], ['原缴纳期限', dateText(s.d.previousDueOn)], ['申请理由', s.d.reason], ['缴纳期限', `${s.d.kind === 'instalments' ? '分期缴纳，最后一期' : '延期'}至${dateText(s.d.newDueOn)}`], ['承办人', officersLine(s.handlers)]] },
        opinionsBlock(s, s.d.reason, '机关负责人审批意见', '同意'),
      ]);
    }
    return pkg('paymentDeferralApproval', {
      header: s.header,
      caseNumber: s.caseNumber,
      party: s.party,
      decisionNumber: s.snap.decisionNumber ?? NOT_RECORDED,
      fineFen: fine,
      mode: 'defer',
      appliedOn: s.doc.issuedOn,
      application: s.d.reason,
      deferTo: s.d.newDueOn,
      handlers: s.handlers,
      handlerOpinion: `原缴纳期限${dateText(s.d.previousDueOn)}，${s.d.reason}`,
      agencyApproval: { opinion: '同意', name: s.event.actorName ?? NOT_RECORDED, date: s.doc.issuedOn },
    });
  },
  'payment-reminder': (s) =>
    pkg('performanceReminder', {
      header: s.header,
      party: s.party,
      decisionNumber: s.snap.decisionNumber ?? NOT_RECORDED,
      decisionDate: s.snap.decidedOn ?? s.doc.issuedOn,
      servedOn: s.last('decision-served')?.payload.servedOn,
      obligation: '缴纳罚款',
      fineFen: s.d.fineFen,
      lateFeeFen: s.d.lateFeeFen,
      lateFeeAsOf: s.d.servedOn,
      performBy: s.d.earliestEnforcementOn,
      contact: s.contact,
    }),
  'enforcement-application': (s) => {
    const reminder = s.last('reminder-served');
    const served = s.last('decision-served')?.payload.servedOn;
    return pkg('enforcementApplication', {
      header: s.header,
      court: s.d.court,
      agencyHead: s.snap.agency.headName ?? s.event.actorName ?? NOT_RECORDED,
      agencyAddress: s.snap.agency.address ?? NOT_RECORDED,
      respondent: s.party,
      decisionNumber: s.snap.decisionNumber ?? NOT_RECORDED,
      decisionDate: s.snap.decidedOn ?? s.doc.issuedOn,
      servedOn: served ?? s.doc.issuedOn,
      unperformed: `罚款${formatFen(s.snap.fineFen)}及加处罚款，截至${dateText(s.d.appliedOn)}尚欠${formatFen(Number(s.d.owedFen ?? 0))}`,
      reminderNumber: s.docOf(reminder, 'payment-reminder')?.number ?? NOT_RECORDED,
      reminderServedOn: reminder?.payload.servedOn ?? s.doc.issuedOn,
      request: `强制执行${s.snap.decisionNumber ?? ''}行政处罚决定书确定的罚款及加处罚款，共计${formatFen(Number(s.d.owedFen ?? 0))}。`,
      attachments: ['行政处罚决定书及送达回证', '履行催告书及送达回证'],
    });
  },
  'dismissal-approval': (s) =>
    pkg('revokeFilingApproval', {
      header: s.header,
      caseNumber: s.caseNumber,
      caseCause: s.cause,
      filedOn: s.snap.filedOn ?? s.doc.issuedOn,
      party: s.party,
      reason: s.d.reason,
      handlers: s.handlers,
      handlerOpinion: s.d.reason,
      ...s.approval('同意撤销立案。'),
    }),
  'transfer-letter': (s) =>
    pkg('caseTransferLetter', {
      header: s.header,
      receivingAgency: s.d.recipient,
      caseCause: s.cause,
      party: s.party,
      reason: `${String(s.d.reason).replace(/[。.]?$/, '。')}`,
      basis: '《中华人民共和国行政处罚法》第二十二条、第二十三条',
      attachments: caseMaterials(s),
      contact: s.contact,
    }),
  'crime-transfer': (s) =>
    pkg('crimeTransfer', {
      header: s.header,
      policeOrgan: s.d.recipient,
      caseCause: s.cause,
      party: s.party,
      facts: `${String(s.d.reason).replace(/[。.]?$/, '。')}`,
      suspectedCrime: '涉嫌犯罪',
      attachments: caseMaterials(s),
      contact: s.contact,
    }),
  'closure-report': (s) => {
    const decided = s.last('decided') ?? s.last('decided-on-the-spot');
    const ending = s.d.ending as CaseEnding | undefined;
    return pkg('closingReport', {
      header: s.header,
      form: 'approval',
      caseNumber: s.caseNumber,
      caseCause: s.cause,
      party: s.party,
      filedOn: s.snap.filedOn ?? s.doc.issuedOn,
      decision: { number: s.d.decisionNumber ?? s.snap.decisionNumber ?? undefined, date: s.snap.decidedOn ?? undefined, summary: decided?.payload.penaltyText ?? (ending ? CASE_ENDING_LABELS[ending] : NOT_RECORDED) },
      execution: executionText(s),
      closingReason: s.d.endingLabel ?? (ending ? CASE_ENDING_LABELS[ending] : NOT_RECORDED),
      handlers: s.handlers,
      handlerOpinion: s.d.summary,
      ...s.approval('同意结案。'),
    });
  },
};

const remediesOf = (s: Src): Remedies => {
  const r = s.d.remedies as { reconsideration?: { organ: string; days: number }; litigation?: { court: string; months: number } } | undefined;
  return r?.reconsideration && r.litigation
    ? { reconsiderationOrgan: r.reconsideration.organ, reconsiderationDays: r.reconsideration.days, court: r.litigation.court, litigationMonths: r.litigation.months }
    : s.remedies;
};

/** The documents of the file so far, listed as a transfer's attachments. */
const caseMaterials = (s: Src) => {
  const list = s.snap.documents.filter((x) => x.event.seq < s.event.seq).map((x) => `${x.title}${x.number ? `（${x.number}）` : ''}`);
  return list.length ? list : ['案件线索材料'];
};

/** 执行情况 from the record: payments with their receipts, the late fee, court enforcement. */
const executionText = (s: Src) => {
  const lines = s.before('payment-recorded').map((e) => `${dateText(e.payload.paidOn)}缴纳${formatFen(Number(e.payload.amountFen))}（票据号码${e.payload.receiptNumber}${e.payload.lateFeeFen ? `，含加处罚款${formatFen(Number(e.payload.lateFeeFen))}` : ''}）`);
  const spot = s.last('decided-on-the-spot')?.payload;
  if (spot?.collectedOnTheSpot) lines.push(`罚款${formatFen(Number(spot.fineFen))}已当场收缴（票据号码${spot.receiptNumber}）`);
  const enforcement = s.last('enforcement-applied')?.payload;
  if (enforcement) lines.push(`${dateText(enforcement.appliedOn)}申请${enforcement.court}强制执行`);
  const served = s.last('decision-served')?.payload;
  if (!lines.length && served) lines.push(`${served.document}已于${dateText(served.servedOn)}送达`);
  return lines.length ? `${lines.join('；')}。` : NOT_RECORDED;
};

/** What a stored document becomes on paper; every kind our acts issue has a mapping (the table's type says so). */
export const documentSpecOf = (snap: CaseFileSnapshot, doc: SnapshotDocument): DocumentSpec => DOCUMENT_MAPPINGS[doc.kind](sourceOf(snap, doc));
