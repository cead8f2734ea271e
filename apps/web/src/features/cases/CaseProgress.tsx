import { CASE_ENDING_LABELS } from '@sanxiang/domain/cases/case-documents';
import { DISCRETION_LABELS } from '@sanxiang/domain/cases/draft-decision';
import { Card, Descriptions, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { CaseDetail } from '../../app/api/types.ts';
import { formatDate } from '../../app/format.ts';
import { draftSummary, money, stateOf } from './case-progress.ts';
import { SERVICE_METHOD_LABELS, statusColor } from './labels.ts';

const HEARING_LABELS: Record<string, string> = { none: '未申请', requested: '已申请', scheduled: '已通知', held: '已举行' };
const d = (date: string | null | undefined) => (date ? formatDate(date) : '—');
const muted = (text: ReactNode) => <Typography.Text type="secondary">{text}</Typography.Text>;

/** 当前进展: where the case stands, read from its projection (`state`): draft, notice windows, hearing, decision, payment. */
export const CaseProgress = ({ item }: { item: CaseDetail }) => {
  const s = stateOf(item);
  const rows: Array<{ key: string; label: string; children: ReactNode; span?: number | 'filled' }> = [
    { key: 'status', label: '状态', children: <Tag color={statusColor(item.status)}>{item.statusLabel}</Tag> },
  ];
  if (s.decisionDueOn && !s.decision) rows.push({ key: 'due', label: '办案期限', children: `${d(s.decisionDueOn)}前作出决定${s.decisionExtensions ? `（已延长 ${s.decisionExtensions} 次）` : ''}` });
  if (s.draft) {
    rows.push({
      key: 'draft',
      label: s.decision ? '处理意见' : '拟处理意见',
      span: 'filled',
      children: (
        <span data-testid="progress-draft">
          {draftSummary(s)} {muted(`（第 ${s.draftVersion ?? 1} 稿 · 裁量：${DISCRETION_LABELS[s.draft.discretion.level] ?? s.draft.discretion.level}）`)}
        </span>
      ),
    });
  }
  if (s.notice) {
    const n = s.notice;
    rows.push({ key: 'notice', label: '事先告知', children: `${d(n.servedOn)}送达` });
    rows.push({ key: 'statement', label: '陈述申辩期', children: <span data-testid="progress-statement-due">至 {d(n.statementDueOn)}{s.waived?.statement ? '（当事人已放弃）' : ''}</span> });
    rows.push({
      key: 'hearingWindow',
      label: '听证申请期',
      children: n.hearingRequestDueOn ? (
        <span data-testid="progress-hearing-due">
          至 {d(n.hearingRequestDueOn)}
          {s.waived?.hearing ? '（当事人已放弃）' : ''} {muted(`（${n.hearingReasons.join('、')}）`)}
        </span>
      ) : (
        muted('不适用听证')
      ),
    });
  }
  if (s.hearing && s.hearing.state !== 'none') {
    const h = s.hearing;
    rows.push({
      key: 'hearing',
      label: '听证',
      children: (
        <span data-testid="progress-hearing">
          {HEARING_LABELS[h.state]}
          {h.requestedOn ? `，${d(h.requestedOn)}申请` : ''}
          {h.hearingOn ? `，${d(h.hearingOn)}举行` : ''}
          {h.chairName ? `，主持人 ${h.chairName}` : ''}
        </span>
      ),
    });
  }
  if (s.collective) rows.push({ key: 'collective', label: '集体讨论', children: `${d(s.collective.heldOn)}（第 ${s.collective.draftVersion} 稿）` });
  if (s.decision) {
    rows.push({ key: 'decision', label: '决定书', children: <span data-testid="progress-decision">{item.decisionNumber ?? s.decision.number}</span> });
    rows.push({ key: 'decidedOn', label: '决定日期', children: d(s.decision.decidedOn) });
    if (s.decision.fineFen) rows.push({ key: 'fine', label: '罚款', children: money(s.decision.fineFen) });
  }
  if (s.service) rows.push({ key: 'service', label: '送达', children: `${d(s.service.servedOn)}（${SERVICE_METHOD_LABELS[s.service.method] ?? s.service.method}）` });
  if (s.payment) {
    const p = s.payment;
    rows.push({ key: 'payDue', label: '缴款期限', children: <span data-testid="progress-pay-due">{d(p.deferredTo ?? p.dueOn)}{p.deferredTo ? muted(`（原 ${d(p.dueOn)}，已批准延期）`) : ''}</span> });
    rows.push({ key: 'paid', label: '已缴', children: <span data-testid="progress-paid">{money(p.paidFen)}</span> });
    rows.push({ key: 'lateFee', label: '加处罚款', children: <span data-testid="progress-late-fee">{p.lateFeeFen ? money(p.lateFeeFen) : muted('—')}</span> });
    rows.push({ key: 'settled', label: '缴清', children: p.settledOn ? d(p.settledOn) : muted('尚未缴清') });
  }
  for (const [i, r] of (s.remedies ?? []).entries()) {
    rows.push({ key: `remedy-${i}`, label: r.kind === 'lawsuit' ? '行政诉讼' : '行政复议', children: `${d(r.from)}起${r.to ? `，${d(r.to)}终结` : '（期间不计加处罚款）'}` });
  }
  if (s.reminder) rows.push({ key: 'reminder', label: '催告', children: `${d(s.reminder.servedOn)}送达` });
  if (s.enforcement) rows.push({ key: 'enforcement', label: '强制执行', children: `${d(s.enforcement.appliedOn)}申请 ${s.enforcement.court}` });
  if (item.closedOn) rows.push({ key: 'closed', label: '结案', children: `${d(item.closedOn)}${s.ending ? `（${CASE_ENDING_LABELS[s.ending]}）` : ''}` });
  if (s.archive) {
    rows.push({
      key: 'archive',
      label: '归档',
      span: 'filled',
      children: (
        <span data-testid="progress-archive">
          {d(s.archive.archivedOn)}
          {s.archive.manifestSm3 && muted(` · 卷宗清单 SM3 ${s.archive.manifestSm3.slice(0, 16)}…`)}
        </span>
      ),
    });
  }
  return (
    <Card title="当前进展" size="small" style={{ marginBottom: 16 }}>
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="case-progress" items={rows} />
    </Card>
  );
};
