import type { CaseActBodies } from '@sanxiang/contracts';
import { hearingPlanRefusals, unprocessable } from '@sanxiang/domain';
import { account } from '@sanxiang/db';
import { and, eq } from 'drizzle-orm';
import type { CaseActHandler } from '../perform-act.ts';
import { partyOf } from './party-of.ts';

/** 听证通知书: notified at least 7 working days ahead, chaired by someone who did not investigate (第六十四条). */
export const scheduleHearing: CaseActHandler<CaseActBodies['schedule-hearing']> = {
  action: 'schedule-hearing',
  run: async (ctx, input) => {
    const [chair] = await ctx.tx.select({ id: account.id, name: account.displayName }).from(account).where(and(eq(account.id, input.chairAccountId), eq(account.agencyId, ctx.row.agencyId)));
    if (!chair) throw unprocessable('HEARING_CHAIR_UNKNOWN', '听证主持人须为本机关人员');
    const refusals = hearingPlanRefusals(ctx.calendar, { hearingOn: input.hearingOn, noticeServedOn: input.noticeServedOn, chairAccountId: chair.id, handlerAccountIds: ctx.handlers.map((h) => h.accountId) });
    if (refusals.length) throw unprocessable(refusals[0].code, refusals.map((r) => r.message).join('；'), { refusals });
    if (input.noticeServedOn > ctx.today) throw unprocessable('DATE_IN_FUTURE', '通知送达日期不能晚于今天');
    const data = { party: await partyOf(ctx), hearingOn: input.hearingOn, place: input.place, chairName: chair.name, noticeServedOn: input.noticeServedOn, public: input.public };
    return {
      type: 'hearing-scheduled',
      payload: data,
      status: 'hearing-scheduled',
      state: { hearing: { ...ctx.state.hearing, state: 'scheduled', hearingOn: input.hearingOn, chairName: chair.name, chairAccountId: chair.id } },
      documents: [{ kind: 'hearing-notice', data }],
    };
  },
};

/** 听证笔录: read to the party and signed (or the refusal noted), with the chair's opinion (第六十四条第八项). */
export const recordHearing: CaseActHandler<CaseActBodies['record-hearing']> = {
  action: 'record-hearing',
  run: (ctx, input) => {
    if (input.heldOn > ctx.today) throw unprocessable('DATE_IN_FUTURE', '听证日期不能晚于今天');
    if (!input.partySigned && !input.refusalNote) throw unprocessable('HEARING_MINUTES_UNSIGNED', '听证笔录应当交当事人审核无误后签字或者盖章；当事人拒绝签字的，须注明情况（第六十四条第八项）');
    const data = { heldOn: input.heldOn, minutes: input.minutes, partySigned: input.partySigned, refusalNote: input.refusalNote ?? null, chairOpinion: input.chairOpinion, chairName: ctx.state.hearing?.chairName ?? null };
    return { type: 'hearing-held', payload: data, status: 'hearing-held', state: { hearing: { ...ctx.state.hearing, state: 'held' } }, documents: [{ kind: 'hearing-record', data }] };
  },
};
