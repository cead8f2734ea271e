import { Card, Descriptions, Typography } from 'antd';
import type { CaseDetail } from '../../app/api/types.ts';
import { formatBeijing, formatDate } from '../../app/format.ts';
import { leadFirst } from './case-format.ts';
import { HandlerTags } from './HandlerTags.tsx';
import { PROCEDURE_LABELS, sourceLabel } from './labels.ts';

const none = (text = '—') => <Typography.Text type="secondary">{text}</Typography.Text>;

/** The case as it stands now: the projection of its record. */
export const CaseFacts = ({ item }: { item: CaseDetail }) => (
  <Card title="案件信息" size="small" style={{ marginBottom: 16 }}>
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      data-testid="case-facts"
      items={[
        { key: 'agency', label: '机关', children: item.agencyName },
        { key: 'unit', label: '内设机构', children: item.unitName ?? none() },
        { key: 'party', label: '当事人', children: item.partyName ?? none('尚未确定') },
        { key: 'source', label: '案件来源', children: sourceLabel(item.source) },
        { key: 'occurred', label: '违法行为发生日', children: item.occurredOn ? formatDate(item.occurredOn) : none('未填写') },
        { key: 'procedure', label: '程序', children: PROCEDURE_LABELS[item.procedure] ?? item.procedure },
        { key: 'registered', label: '登记时间', children: formatBeijing(item.registeredAt, 'YYYY-MM-DD HH:mm') },
        { key: 'updated', label: '最近记录', children: formatBeijing(item.updatedAt, 'YYYY-MM-DD HH:mm') },
        {
          key: 'handlers',
          label: '承办人',
          span: 'filled',
          children: <HandlerTags handlers={leadFirst(item.handlers).map((h) => ({ key: h.accountId, name: h.name, role: h.role }))} />,
        },
      ]}
    />
  </Card>
);
