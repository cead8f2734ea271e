import { PENALTY_KIND_LABELS, type PenaltyKind } from '@sanxiang/domain/items/catalog';
import { formatFen } from '@sanxiang/domain/items/money';
import { Descriptions, List, Tag, Typography } from 'antd';
import type { PrecheckFinding, ReviewRound } from './api.ts';
import { PRECHECK_COLORS, PRECHECK_TEXT } from './labels.ts';

type Draft = {
  outcome: 'penalty' | 'no-penalty';
  facts: string;
  evidenceSummary: string;
  violatedProvisions: string;
  penaltyBasis: string;
  penalties: Array<{ kind: PenaltyKind; amountFen?: number | null; description?: string | null }>;
  discretion?: { level: string; reason: string };
  noPenaltyReason?: string | null;
};
type Snapshot = {
  case?: { caseNumber?: string | null; title?: string; unitName?: string | null; occurredOn?: string | null; filedOn?: string | null; party?: { name: string; kind: string; idNumberMasked?: string | null; creditCode?: string | null; address?: string | null } | null; item?: { code: string; name: string } | null; handlers?: string[] };
  draft?: Draft | null;
  draftVersion?: number;
  report?: string | null;
  reasons?: Array<{ text: string }>;
  documents?: Array<{ kind: string; title: string; number: string | null; issuedOn: string }>;
  evidence?: Array<{ title: string; fileName: string; kind: string }>;
  note?: string | null;
};

const LEVELS: Record<string, string> = { exempt: '不予处罚', mitigated: '减轻处罚', lighter: '从轻处罚', normal: '一般', heavier: '从重处罚' };
const penaltyLine = (p: Draft['penalties'][number]) => `${PENALTY_KIND_LABELS[p.kind] ?? p.kind}${p.amountFen ? ` ${formatFen(p.amountFen)}` : ''}${p.description ? `（${p.description}）` : ''}`;

/** What the reviewer was given, as frozen at submission: the draft decision, the case, the report, documents and evidence. */
export const SnapshotView = ({ round }: { round: ReviewRound }) => {
  const s = round.snapshot as Snapshot;
  const d = s.draft;
  return (
    <div data-testid="review-snapshot">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        第{round.roundNo}轮送审材料（拟处理意见第{round.draftVersion}版），{round.submittedByName ?? ''}于{new Date(round.submittedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}送审；材料冻结，SM3 {round.snapshotSm3.slice(0, 16)}…
      </Typography.Paragraph>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="案号">{s.case?.caseNumber ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="案由">{s.case?.title}</Descriptions.Item>
        <Descriptions.Item label="当事人">
          {s.case?.party ? `${s.case.party.name}（${s.case.party.creditCode ?? s.case.party.idNumberMasked ?? ''}）` : '未登记'}
        </Descriptions.Item>
        <Descriptions.Item label="承办机构及承办人">{`${s.case?.unitName ?? ''} ${(s.case?.handlers ?? []).join('、')}`}</Descriptions.Item>
        <Descriptions.Item label="执法事项">{s.case?.item ? `${s.case.item.name}（${s.case.item.code}）` : '未关联'}</Descriptions.Item>
        <Descriptions.Item label="违法行为发生日 / 立案日">{`${s.case?.occurredOn ?? '—'} / ${s.case?.filedOn ?? '—'}`}</Descriptions.Item>
        {d && (
          <>
            <Descriptions.Item label="违法事实">{d.facts}</Descriptions.Item>
            <Descriptions.Item label="证据">{d.evidenceSummary}</Descriptions.Item>
            <Descriptions.Item label="违反的规定">{d.violatedProvisions}</Descriptions.Item>
            <Descriptions.Item label="处罚依据">{d.penaltyBasis}</Descriptions.Item>
            <Descriptions.Item label="拟处理意见">
              <Typography.Text strong data-testid="snapshot-penalty">{d.outcome === 'penalty' ? d.penalties.map(penaltyLine).join('；') : `不予行政处罚（${d.noPenaltyReason ?? ''}）`}</Typography.Text>
            </Descriptions.Item>
            {d.discretion && <Descriptions.Item label="裁量情节">{`${LEVELS[d.discretion.level] ?? d.discretion.level}：${d.discretion.reason}`}</Descriptions.Item>}
          </>
        )}
        {(s.reasons ?? []).length > 0 && <Descriptions.Item label="须经审核的理由">{(s.reasons ?? []).map((r) => r.text).join('；')}</Descriptions.Item>}
        {s.report && <Descriptions.Item label="调查终结报告">{s.report}</Descriptions.Item>}
        <Descriptions.Item label="执法文书">{(s.documents ?? []).map((x) => `${x.title}${x.number ? `（${x.number}）` : ''}`).join('、') || '—'}</Descriptions.Item>
        <Descriptions.Item label="证据材料">{(s.evidence ?? []).map((x) => x.title || x.fileName).join('、') || '—'}</Descriptions.Item>
        {s.note && <Descriptions.Item label="送审说明">{s.note}</Descriptions.Item>}
      </Descriptions>
    </div>
  );
};

/** The machine pre-checks of a round: they point at what to look at; the opinion stays the reviewer's. */
export const PrecheckList = ({ findings }: { findings: PrecheckFinding[] }) => (
  <List
    data-testid="prechecks"
    size="small"
    header={<Typography.Text strong>机器预审（辅助提示，不代替审核意见）</Typography.Text>}
    dataSource={findings}
    renderItem={(f) => (
      <List.Item data-testid={`precheck-${f.key}`}>
        <div>
          <Tag color={PRECHECK_COLORS[f.status]}>{PRECHECK_TEXT[f.status]}</Tag>
          <Typography.Text strong>{f.label}</Typography.Text>
          {f.messages.map((m, i) => (
            <Typography.Paragraph key={i} type="secondary" style={{ margin: '2px 0 0 0', fontSize: 13 }}>
              {m}
            </Typography.Paragraph>
          ))}
        </div>
      </List.Item>
    )}
  />
);
