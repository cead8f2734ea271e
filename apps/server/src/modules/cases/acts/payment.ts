import type { CaseActBodies } from '@sanxiang/contracts';
import { addWorkingDays, conflict, formatFen, lateFeeFen, type Pause, type PlainDate, unprocessable } from '@sanxiang/domain';
import type { ActContext, CaseActHandler } from '../perform-act.ts';

/** 复议 / 诉讼 periods during which no late fee accrues (处罚法 第七十三条), open ones running to `asOf`. */
const pausesOf = (ctx: ActContext, asOf: PlainDate): Pause[] => (ctx.state.remedies ?? []).map((r) => ({ from: r.from, to: r.to ?? asOf }));

/** What the party owes on a day: the fine and the late fee accrued by then (第七十二条), less what it paid. */
export const amountOwed = (ctx: ActContext, asOf: PlainDate) => {
  const pay = ctx.state.payment;
  const fineFen = ctx.state.decision?.fineFen ?? 0;
  if (!pay) return { fineFen, lateFee: { days: 0, feeFen: 0 }, paidFen: 0, owedFen: 0 };
  const lateFee = lateFeeFen(fineFen, pay.deferredTo ?? pay.dueOn, asOf, pausesOf(ctx, asOf));
  return { fineFen, lateFee, paidFen: pay.paidFen, owedFen: Math.max(0, fineFen + lateFee.feeFen - pay.paidFen) };
};

/** 缴纳罚款: each payment recorded with its receipt; the case is executed once the fine and any late fee are paid. */
export const recordPayment: CaseActHandler<CaseActBodies['record-payment']> = {
  action: 'record-payment',
  run: (ctx, input) => {
    const pay = ctx.state.payment;
    if (!pay) throw conflict('NOTHING_TO_PAY', '本案没有需要缴纳的罚款');
    if (pay.settledOn) throw conflict('ALREADY_PAID', '罚款已缴清');
    if (input.paidOn > ctx.today || input.paidOn < (ctx.state.service?.servedOn ?? pay.dueOn)) throw unprocessable('PAYMENT_DATE_INVALID', '缴款日期应在送达之日至今天之间');
    const owed = amountOwed(ctx, input.paidOn);
    if (input.amountFen > owed.owedFen) throw unprocessable('PAYMENT_EXCEEDS_OWED', `截至${input.paidOn}应缴${formatFen(owed.owedFen)}（罚款${formatFen(owed.fineFen)}，加处罚款${formatFen(owed.lateFee.feeFen)}，已缴${formatFen(owed.paidFen)}），登记金额超出`);
    const paidFen = pay.paidFen + input.amountFen;
    const settled = paidFen >= owed.fineFen + owed.lateFee.feeFen;
    const data = { ...input, fineFen: owed.fineFen, lateFeeDays: owed.lateFee.days, lateFeeFen: owed.lateFee.feeFen, paidTotalFen: paidFen, owedAfterFen: owed.owedFen - input.amountFen, settled };
    return {
      type: 'payment-recorded',
      payload: data,
      ...(settled ? { status: 'executed' as const } : {}),
      state: { payment: { ...pay, paidFen, lateFeeFen: owed.lateFee.feeFen, settledOn: settled ? input.paidOn : null } },
      closeDeadlines: settled ? [{ key: 'payment', doneOn: input.paidOn }] : [],
    };
  },
};

/** 延期或者分期缴纳 (处罚法 第六十六条第二款): approved by the agency head on the party's application. */
export const approveDeferral: CaseActHandler<CaseActBodies['approve-deferral']> = {
  action: 'approve-deferral',
  run: (ctx, input) => {
    const pay = ctx.state.payment;
    if (!pay || pay.settledOn) throw conflict('NOTHING_TO_PAY', '本案没有尚未缴纳的罚款');
    if (input.newDueOn <= (pay.deferredTo ?? pay.dueOn)) throw unprocessable('DEFERRAL_DATE_INVALID', `延期后的缴纳期限应晚于现在的期限${pay.deferredTo ?? pay.dueOn}`);
    return {
      type: 'deferral-approved',
      payload: { ...input, previousDueOn: pay.deferredTo ?? pay.dueOn },
      state: { payment: { ...pay, deferredTo: input.newDueOn } },
      documents: [{ kind: 'deferral-approval', data: { ...input, previousDueOn: pay.deferredTo ?? pay.dueOn } }],
      openDeadlines: [{ key: 'payment', startedOn: ctx.state.service?.servedOn ?? ctx.today, dueOn: input.newDueOn }],
    };
  },
};

/** 复议 / 诉讼 started or ended: the late fee pauses meanwhile (第七十三条). */
export const recordRemedy: CaseActHandler<CaseActBodies['record-remedy']> = {
  action: 'record-remedy',
  run: (ctx, input) => {
    if (input.on > ctx.today) throw unprocessable('DATE_IN_FUTURE', '日期不能晚于今天');
    const remedies = [...(ctx.state.remedies ?? [])];
    if (input.event === 'started') {
      if (remedies.some((r) => r.kind === input.kind && !r.to)) throw conflict('REMEDY_ALREADY_OPEN', '已登记的同类程序尚未结束');
      remedies.push({ kind: input.kind, from: input.on, to: null });
    } else {
      const open = remedies.findIndex((r) => r.kind === input.kind && !r.to);
      if (open < 0) throw conflict('REMEDY_NOT_OPEN', '没有进行中的同类程序');
      if (input.on < remedies[open].from) throw unprocessable('DATE_INVALID', '结束日期早于开始日期');
      remedies[open] = { ...remedies[open], to: input.on, result: input.result ?? null };
    }
    return { type: 'remedy-recorded', payload: input, state: { remedies } };
  },
};

/** 履行催告书 (行政强制法 第三十五条): after the payment period has passed unpaid. */
export const serveReminder: CaseActHandler<CaseActBodies['serve-reminder']> = {
  action: 'serve-reminder',
  run: (ctx, input) => {
    const pay = ctx.state.payment;
    if (!pay || pay.settledOn) throw conflict('NOTHING_TO_PAY', '本案没有尚未缴纳的罚款');
    const due = pay.deferredTo ?? pay.dueOn;
    if (input.servedOn <= due) throw unprocessable('PAYMENT_PERIOD_OPEN', `缴纳期限至${due}届满，届满后方可催告`);
    if (input.servedOn > ctx.today) throw unprocessable('DATE_IN_FUTURE', '日期不能晚于今天');
    const owed = amountOwed(ctx, input.servedOn);
    const data = { ...input, owedFen: owed.owedFen, fineFen: owed.fineFen, lateFeeFen: owed.lateFee.feeFen, earliestEnforcementOn: addWorkingDays(ctx.calendar, input.servedOn, 10) };
    return { type: 'reminder-served', payload: data, status: 'reminded', state: { reminder: { servedOn: input.servedOn } }, documents: [{ kind: 'payment-reminder', data }] };
  },
};

/** 申请人民法院强制执行 (行政强制法 第五十四条): once 10 working days have passed since the reminder was served. */
export const applyEnforcement: CaseActHandler<CaseActBodies['apply-enforcement']> = {
  action: 'apply-enforcement',
  run: (ctx, input) => {
    const served = ctx.state.reminder?.servedOn;
    if (!served) throw conflict('REMINDER_MISSING', '尚未送达催告书');
    const earliest = addWorkingDays(ctx.calendar, served, 10);
    if (input.appliedOn <= earliest) throw unprocessable('REMINDER_PERIOD_OPEN', `催告书送达十日后当事人仍未履行的，方可申请强制执行：最早${earliest}之后（《中华人民共和国行政强制法》第五十四条）`);
    if (input.appliedOn > ctx.today) throw unprocessable('DATE_IN_FUTURE', '日期不能晚于今天');
    const owed = amountOwed(ctx, input.appliedOn);
    const data = { ...input, owedFen: owed.owedFen };
    return { type: 'enforcement-applied', payload: data, status: 'enforcement-applied', state: { enforcement: { appliedOn: input.appliedOn, court: input.court } }, documents: [{ kind: 'enforcement-application', data }] };
  },
};
