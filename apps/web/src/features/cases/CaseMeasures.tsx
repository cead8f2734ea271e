import type { MeasureRecord } from '@sanxiang/domain/cases/case-state';
import { Card, Table, Tag, Typography } from 'antd';
import type { CaseDetail } from '../../app/api/types.ts';
import { formatDate, todayPlain } from '../../app/format.ts';
import { MEASURE_LABELS, stateOf } from './case-progress.ts';
import { MEASURE_OUTCOME_LABELS } from './labels.ts';

/** 措施: 先行登记保存 and 查封 / 扣押 with their items, due dates, extension and ending. */
export const CaseMeasures = ({ item }: { item: CaseDetail }) => {
  const measures = stateOf(item).measures ?? [];
  if (measures.length === 0) return null;
  const today = todayPlain();
  return (
    <Card title="强制措施与证据保全" size="small" style={{ marginBottom: 16 }}>
      <Table<MeasureRecord>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={measures}
        data-testid="case-measures"
        columns={[
          { title: '措施', dataIndex: 'kind', width: 120, render: (k: string) => MEASURE_LABELS[k] ?? k },
          { title: '物品', dataIndex: 'items', render: (items: MeasureRecord['items']) => items.map((i) => `${i.name} ${i.quantity}`).join('；') },
          { title: '起始', dataIndex: 'startedOn', width: 130, render: formatDate },
          {
            title: '届满',
            width: 200,
            render: (_, m) => (
              <>
                {formatDate(m.dueOn)}
                {m.extended && <Tag style={{ marginInlineStart: 6 }}>已延长</Tag>}
                {m.testingDays > 0 && <Typography.Text type="secondary" style={{ fontSize: 12 }}>（检测 {m.testingDays} 日不计）</Typography.Text>}
              </>
            ),
          },
          {
            title: '状态',
            width: 200,
            render: (_, m) =>
              m.endedOn ? (
                <Tag color={m.endedOn <= m.dueOn ? 'green' : 'volcano'}>
                  {formatDate(m.endedOn)} {m.outcome ? (MEASURE_OUTCOME_LABELS[m.outcome] ?? m.outcome) : '已解除'}
                </Tag>
              ) : (
                <Tag color={today > m.dueOn ? 'red' : 'blue'}>{today > m.dueOn ? '已超期' : '措施中'}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
};
