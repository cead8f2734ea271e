import type { CaseState, MeasureRecord } from '@sanxiang/domain/cases/case-state';
import { MEASURE_LABELS as DOMAIN_MEASURE_LABELS } from '@sanxiang/domain/cases/measures';
import { lateFeeFen } from '@sanxiang/domain/deadlines/late-fee';
import { PENALTY_KIND_LABELS } from '@sanxiang/domain/items/catalog';
import { formatFen } from '@sanxiang/domain/items/money';
import dayjs from 'dayjs';
import { apiUrl } from '../../app/api/client.ts';
import type { CaseDetail } from '../../app/api/types.ts';

export const MEASURE_LABELS: Record<string, string> = DOMAIN_MEASURE_LABELS;

/** The case's projection as the domain types it; the contract sends it as a plain record. */
export const stateOf = (item: Pick<CaseDetail, 'state'>) => item.state as CaseState;

/** Measures (先行登记保存, 查封, 扣押) still in force: the ones an extension or an ending can name. */
export const openMeasures = (item: Pick<CaseDetail, 'state'>): MeasureRecord[] => (stateOf(item).measures ?? []).filter((m) => !m.endedOn);

export const money = (fen: number | null | undefined) => (typeof fen === 'number' ? formatFen(fen) : '—');

export type DeadlineState = 'open' | 'due-soon' | 'overdue' | 'met' | 'late';
export const DEADLINE_STATE_LABELS: Record<DeadlineState, string> = { open: '进行中', 'due-soon': '即将到期', overdue: '已逾期', met: '按期完成', late: '逾期完成' };
export const DEADLINE_STATE_COLORS: Record<DeadlineState, string> = { open: 'blue', 'due-soon': 'orange', overdue: 'red', met: 'green', late: 'volcano' };

/**
 * Where a deadline stands today. `soonUntil` is the third working day from today (the server's calendar answers it);
 * without it, three calendar days stand in.
 */
export const deadlineStateOf = (d: { dueOn: string; doneOn: string | null }, today: string, soonUntil?: string | null): DeadlineState => {
  if (d.doneOn) return d.doneOn <= d.dueOn ? 'met' : 'late';
  if (today > d.dueOn) return 'overdue';
  const soon = soonUntil ?? dayjs(today).add(3, 'day').format('YYYY-MM-DD');
  return d.dueOn <= soon ? 'due-soon' : 'open';
};

/** Calendar days from today to the due date ("还剩 3 天" / "逾期 2 天"). */
export const daysLeftText = (dueOn: string, today: string) => {
  const days = dayjs(dueOn).diff(dayjs(today), 'day');
  if (days > 0) return `还剩 ${days} 天`;
  if (days === 0) return '今天到期';
  return `逾期 ${-days} 天`;
};

/** Addresses of the generated PDFs and the archived file (电子卷宗). */
export const documentPdfUrl = (caseId: string, documentId: string) => apiUrl(`/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(documentId)}.pdf`);
export const caseFileUrl = (caseId: string, format: 'pdf' | 'zip') => apiUrl(`/cases/${encodeURIComponent(caseId)}/file.${format}`);

/** What the party was told or is proposed to be given, read from the draft (penaltyText is the server's wording). */
export const draftSummary = (state: CaseState) => {
  const d = state.draft;
  if (!d) return null;
  if (d.outcome === 'no-penalty') return `不予行政处罚${d.noPenaltyReason ? `（${d.noPenaltyReason}）` : ''}`;
  return d.penalties.map((p) => `${PENALTY_KIND_LABELS[p.kind] ?? p.kind}${p.amountFen ? ` ${formatFen(p.amountFen)}` : ''}`).join('；') || '—';
};

/**
 * What the party owes on `asOf` by the domain's late-fee rule (处罚法 第七十二条, paused during 复议/诉讼 by 第七十三条):
 * a hint for the officer entering a payment; the server recomputes it when the payment is recorded.
 */
export const owedOn = (state: CaseState, asOf: string) => {
  const pay = state.payment;
  const fineFen = state.decision?.fineFen ?? 0;
  if (!pay || pay.settledOn) return null;
  const pauses = (state.remedies ?? []).map((r) => ({ from: r.from, to: r.to ?? asOf }));
  const late = lateFeeFen(fineFen, pay.deferredTo ?? pay.dueOn, asOf, pauses);
  return { fineFen, lateDays: late.days, lateFeeFen: late.feeFen, paidFen: pay.paidFen, owedFen: Math.max(0, fineFen + late.feeFen - pay.paidFen) };
};

export const owedText = (state: CaseState, asOf: string) => {
  const o = owedOn(state, asOf);
  if (!o) return null;
  const late = o.lateDays ? `，加处罚款${formatFen(o.lateFeeFen)}（逾期${o.lateDays}日）` : '';
  const paid = o.paidFen ? `，已缴${formatFen(o.paidFen)}` : '';
  return `截至今日应缴${formatFen(o.owedFen)}：罚款${formatFen(o.fineFen)}${late}${paid}。`;
};
