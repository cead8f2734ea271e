import type { CaseActBodies } from '@sanxiang/contracts';
import { CASE_DOCUMENT_KINDS, CASE_ENDING_LABELS, type CaseEnding, conflict, type EndingFacts, missingDocuments, unprocessable } from '@sanxiang/domain';
import { caseDocument } from '@sanxiang/db';
import { eq } from 'drizzle-orm';
import type { ActContext, CaseActHandler } from '../perform-act.ts';
import { amountOwed } from './payment.ts';

export const endingFacts = (ctx: ActContext): EndingFacts => ({
  hearingHeld: ctx.state.hearing?.state === 'held',
  collectiveHeld: Boolean(ctx.state.collective),
  reminderServed: Boolean(ctx.state.reminder),
  enforcementApplied: Boolean(ctx.state.enforcement),
  measuresTaken: Boolean(ctx.state.measures?.length),
  transferredToPolice: ctx.state.transferredTo === 'police',
});

const presentDocuments = async (ctx: ActContext) => new Set((await ctx.tx.select({ kind: caseDocument.kind }).from(caseDocument).where(eq(caseDocument.caseId, ctx.row.id))).map((d) => d.kind));

/** The one completeness rule (一案一档): refuses with the titles of the documents the ending still needs. */
export const refuseIfIncomplete = async (ctx: ActContext, ending: CaseEnding, except: readonly string[] = []) => {
  const missing = missingDocuments(ending, endingFacts(ctx), await presentDocuments(ctx)).filter((k) => !except.includes(k));
  if (missing.length) {
    throw unprocessable('CASE_FILE_INCOMPLETE', `以“${CASE_ENDING_LABELS[ending]}”结束的案卷还缺少：${missing.map((k) => CASE_DOCUMENT_KINDS[k].title).join('、')}`, { missing });
  }
};

/**
 * 结案: a decision performed (paid, or applied for court enforcement), or a no-penalty decision served; measures must
 * have been dealt with. Approved by the unit head or the agency head with the 结案审批表.
 */
export const closeCase: CaseActHandler<CaseActBodies['close']> = {
  action: 'close',
  run: async (ctx, input) => {
    const decision = ctx.state.decision;
    if (!decision) throw conflict('DECISION_MISSING', '尚未作出决定，不能结案');
    const ending: CaseEnding = ctx.row.procedure === 'simple' ? 'simple' : decision.outcome;
    if (decision.outcome === 'penalty' && ctx.state.payment && !ctx.state.payment.settledOn && !ctx.state.enforcement) {
      const owed = amountOwed(ctx, ctx.today);
      throw unprocessable('CASE_NOT_EXECUTED', `处罚决定尚未履行完毕（尚欠${(owed.owedFen / 100).toFixed(2)}元），也未申请强制执行，不能结案`);
    }
    const open = (ctx.state.measures ?? []).filter((m) => !m.endedOn);
    if (open.length) throw unprocessable('MEASURES_OPEN', `尚有${open.length}项先行登记保存或查封扣押措施未处理`);
    await refuseIfIncomplete(ctx, ending, ['closure-report']);
    return { type: 'closed', payload: { summary: input.summary, ending }, status: 'closed', columns: { closedOn: ctx.today }, state: { ending }, closeDeadlines: ending === 'simple' ? [{ key: 'simpleFiling' }] : [], documents: [{ kind: 'closure-report', data: { summary: input.summary, ending, endingLabel: CASE_ENDING_LABELS[ending], decisionNumber: decision.number } }] };
  },
};

/** 撤销立案: the facts do not hold or no penalty can follow; by the agency head. */
export const dismissCase: CaseActHandler<CaseActBodies['dismiss']> = {
  action: 'dismiss',
  run: (ctx, input) => ({
    type: 'dismissed',
    payload: input,
    status: 'dismissed',
    columns: { closedOn: ctx.today },
    state: { ending: 'dismissed' },
    documents: [{ kind: 'dismissal-approval', data: input }],
    closeDeadlines: [{ key: 'decision' }],
  }),
};

/** 移送 to the competent agency or, for a suspected crime, to the police (处罚法 第二十七条; 行刑衔接). */
export const transferCase: CaseActHandler<CaseActBodies['transfer']> = {
  action: 'transfer',
  run: (ctx, input) => {
    if (input.to === 'police' && !input.suspectedCrime) throw unprocessable('TRANSFER_REASON_INVALID', '移送公安机关的，应为涉嫌犯罪的案件');
    return { type: 'transferred', payload: input, status: 'transferred', columns: { closedOn: ctx.today }, state: { ending: 'transferred', transferredTo: input.to }, documents: [{ kind: input.to === 'police' ? 'crime-transfer' : 'transfer-letter', data: input }], closeDeadlines: [{ key: 'decision' }] };
  },
};

const endingOfStatus = (ctx: ActContext): CaseEnding => {
  switch (ctx.row.status) {
    case 'not-filed':
      return 'not-filed';
    case 'dismissed':
      return 'dismissed';
    case 'transferred':
      return 'transferred';
    default:
      return ctx.state.ending ?? 'penalty';
  }
};

/**
 * 归档: refused until the file holds every document its ending needs; the archive package and its checks (四性检测) are
 * built when the file is exported.
 */
export const archiveCase = (buildArchive: (ctx: ActContext) => Promise<{ manifestSm3: string | null; checks: unknown }>): CaseActHandler<CaseActBodies['archive']> => ({
  action: 'archive',
  run: async (ctx, input) => {
    const ending = endingOfStatus(ctx);
    await refuseIfIncomplete(ctx, ending);
    const archive = await buildArchive(ctx);
    return { type: 'archived', payload: { note: input.note ?? null, ending, ...archive }, status: 'archived', state: { ending, archive: { archivedOn: ctx.today, manifestSm3: archive.manifestSm3 } } };
  },
});
