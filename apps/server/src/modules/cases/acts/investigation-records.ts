import type { CaseActBodies } from '@sanxiang/contracts';
import { conflict } from '@sanxiang/domain';
import type { CaseActHandler } from '../perform-act.ts';
import { checkedParticipants } from './participants.ts';

/** 回避声明 (处罚法 第四十三条): each handler declares, once per case, before taking part in an investigative act. */
export const declareNoConflict: CaseActHandler<CaseActBodies['declare-no-conflict']> = {
  action: 'declare-no-conflict',
  run: (ctx, input) => {
    const declared = ctx.state.recusals ?? [];
    if (declared.includes(ctx.actor.accountId)) throw conflict('RECUSAL_ALREADY_DECLARED', '您已就本案作出回避声明');
    return { type: 'no-conflict-declared', payload: { statement: input.statement }, state: { recusals: [...declared, ctx.actor.accountId] }, documents: [{ kind: 'recusal-declaration', data: { statement: input.statement } }] };
  },
};

const timeOrder = (startedAt: string, endedAt: string) => {
  if (new Date(endedAt) < new Date(startedAt)) throw conflict('RECORD_TIME_INVALID', '结束时间早于开始时间');
};

/** 询问笔录. */
export const recordInquiry: CaseActHandler<CaseActBodies['record-inquiry']> = {
  action: 'record-inquiry',
  run: async (ctx, input) => {
    timeOrder(input.startedAt, input.endedAt);
    const officers = await checkedParticipants(ctx, input.participantAccountIds);
    const data = { officers, place: input.place, startedAt: input.startedAt, endedAt: input.endedAt, interviewee: input.interviewee, intervieweeRole: input.intervieweeRole, content: input.content, signed: input.signed };
    return { type: 'inquiry-recorded', place: input.place, payload: data, documents: [{ kind: 'inquiry-record', data }] };
  },
};

/** 现场检查（勘验）笔录. */
export const recordInspection: CaseActHandler<CaseActBodies['record-inspection']> = {
  action: 'record-inspection',
  run: async (ctx, input) => {
    timeOrder(input.startedAt, input.endedAt);
    const officers = await checkedParticipants(ctx, input.participantAccountIds);
    const data = { officers, place: input.place, startedAt: input.startedAt, endedAt: input.endedAt, findings: input.findings };
    return { type: 'inspection-recorded', place: input.place, payload: data, documents: [{ kind: 'inspection-record', data }] };
  },
};

/** 抽样取证凭证. */
export const recordSampling: CaseActHandler<CaseActBodies['record-sampling']> = {
  action: 'record-sampling',
  run: async (ctx, input) => {
    timeOrder(input.startedAt, input.endedAt);
    const officers = await checkedParticipants(ctx, input.participantAccountIds);
    const data = { officers, place: input.place, startedAt: input.startedAt, endedAt: input.endedAt, samples: input.samples, purpose: input.purpose };
    return { type: 'sampling-recorded', place: input.place, payload: data, documents: [{ kind: 'sampling-record', data }] };
  },
};
