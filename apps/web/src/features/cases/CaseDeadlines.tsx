import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag, Typography } from 'antd';
import { api } from '../../app/api/client.ts';
import type { CaseDetail, WorkingDaysResult } from '../../app/api/types.ts';
import { formatDate, todayPlain } from '../../app/format.ts';
import { DEADLINE_STATE_COLORS, DEADLINE_STATE_LABELS, daysLeftText, deadlineStateOf } from './case-progress.ts';

type Deadline = CaseDetail['deadlines'][number];

/** 期限: every statutory period the case started, with its article and where it stands today. */
export const CaseDeadlines = ({ item }: { item: CaseDetail }) => {
  const today = todayPlain();
  // "Due soon" is three working days (the same as the deadline lists); the calendar of the server counts them.
  const soon = useQuery({
    queryKey: ['calendar', 'add', today, 3],
    queryFn: () => api.get<WorkingDaysResult>('/calendar/working-days/add', { from: today, days: 3 }),
    staleTime: 3_600_000,
    retry: false,
    enabled: item.deadlines.some((d) => !d.doneOn),
  });
  if (item.deadlines.length === 0) return null;
  return (
    <Card title="期限" size="small" style={{ marginBottom: 16 }}>
      <Table<Deadline>
        size="small"
        rowKey={(d) => `${d.key}:${d.ref}:${d.startedOn}`}
        pagination={false}
        dataSource={item.deadlines}
        data-testid="case-deadlines"
        onRow={(d) => ({ 'data-testid': 'deadline-row', 'data-key': d.key, 'data-state': deadlineStateOf(d, today, soon.data?.date) }) as object}
        columns={[
          { title: '事项', dataIndex: 'label', render: (label: string, d) => <span title={d.key}>{label}</span> },
          { title: '依据', dataIndex: 'basis', render: (basis: string) => <Typography.Text type="secondary">{basis}</Typography.Text> },
          { title: '起算', dataIndex: 'startedOn', width: 130, render: formatDate },
          { title: '届满', dataIndex: 'dueOn', width: 130, render: formatDate },
          {
            title: '状态',
            width: 190,
            render: (_, d) => {
              const state = deadlineStateOf(d, today, soon.data?.date);
              return (
                <>
                  <Tag color={DEADLINE_STATE_COLORS[state]}>{DEADLINE_STATE_LABELS[state]}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {d.doneOn ? `${formatDate(d.doneOn)}完成` : daysLeftText(d.dueOn, today)}
                  </Typography.Text>
                </>
              );
            },
          },
        ]}
      />
    </Card>
  );
};
