import { Button, Table, Tag } from 'antd';
import type { SpecialDay } from '../../app/api/types.ts';
import { weekdayOf } from '../../app/format.ts';
import { SPECIAL_KIND_COLORS, SPECIAL_KIND_LABELS } from './labels.ts';

type Props = { days: SpecialDay[]; editable: boolean; onEdit: (date: string) => void; onRemove: (date: string) => void };

export const SpecialDaysTable = ({ days, editable, onEdit, onRemove }: Props) => (
  <Table<SpecialDay>
    rowKey="date"
    size="small"
    dataSource={days}
    pagination={false}
    scroll={{ y: 420 }}
    locale={{ emptyText: '本年度没有节假日或调休安排' }}
    onRow={(day) => ({ onDoubleClick: () => editable && onEdit(day.date) })}
    columns={[
      { title: '日期', dataIndex: 'date', width: 110 },
      { title: '星期', key: 'weekday', width: 70, render: (_, d) => weekdayOf(d.date) },
      {
        title: '安排',
        dataIndex: 'kind',
        width: 90,
        render: (kind: SpecialDay['kind']) => <Tag color={SPECIAL_KIND_COLORS[kind]}>{SPECIAL_KIND_LABELS[kind]}</Tag>,
      },
      { title: '名称', dataIndex: 'name', ellipsis: true },
      ...(editable
        ? [
            {
              title: '操作',
              key: 'remove',
              width: 64,
              render: (_: unknown, d: SpecialDay) => (
                <Button type="link" size="small" danger onClick={() => onRemove(d.date)} aria-label={`删除 ${d.date}`}>
                  删除
                </Button>
              ),
            },
          ]
        : []),
    ]}
  />
);
