import { Empty, Flex, Tag, Timeline, Typography } from 'antd';
import type { RegistryChange } from '../../app/api/types.ts';
import { formatBeijing, formatDate } from '../../app/format.ts';

const KIND_COLORS: Record<RegistryChange['kind'], string> = { create: 'blue', update: 'blue', suspend: 'orange', reinstate: 'green', revoke: 'red', withdraw: 'red' };
const ENTITY_LABELS: Record<RegistryChange['entityType'], string> = { agency: '执法主体', agency_unit: '内设机构', officer: '执法人员', enforcement_item: '执法事项', inspection_item: '随机抽查事项' };

/** 变更历史: each change with the date it took effect, who recorded it and when, field by field. */
export const HistoryTimeline = ({ items, showEntity = false }: { items: RegistryChange[]; showEntity?: boolean }) => {
  if (items.length === 0) return <Empty description="暂无变更记录" />;
  return (
    <Timeline
      data-testid="registry-history"
      items={items.map((c) => ({
        key: c.id,
        color: KIND_COLORS[c.kind],
        content: (
          <div data-testid="registry-change" data-kind={c.kind}>
            <Flex gap={8} align="baseline" wrap>
              <Typography.Text strong>
                {showEntity ? `${ENTITY_LABELS[c.entityType]}${c.kindLabel}` : c.kindLabel}
              </Typography.Text>
              <Tag variant="filled">{formatDate(c.effectiveOn)}生效</Tag>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.changedBy?.name ?? '系统'} 于 {formatBeijing(c.changedAt, 'YYYY-MM-DD HH:mm')} 登记
            </Typography.Text>
            {c.reason && <div style={{ fontSize: 13 }}>原因：{c.reason}</div>}
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 18, fontSize: 13 }}>
              {c.changes.map((d) => (
                <li key={d.field}>
                  {d.label}：
                  {c.kind === 'create' ? (
                    d.after
                  ) : (
                    <>
                      <Typography.Text delete type="secondary">
                        {d.before ?? '（空）'}
                      </Typography.Text>{' '}
                      → {d.after ?? '（空）'}
                    </>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ),
      }))}
    />
  );
};
