import { Descriptions, Typography } from 'antd';
import type { AuditItem } from '../../app/api/types.ts';
import { roleLabel } from '../../app/roles.ts';

const rolesText = (roles: string | null) => (roles ? roles.split(',').filter(Boolean).map(roleLabel).join('、') : '—');

/** Everything recorded about one audited request. */
export const AuditDetail = ({ item }: { item: AuditItem }) => (
  <Descriptions
    size="small"
    column={{ xs: 1, lg: 2 }}
    bordered
    items={[
      { key: 'id', label: '记录编号', children: item.id },
      { key: 'request', label: '请求编号', children: item.requestId ? <Typography.Text copyable>{item.requestId}</Typography.Text> : '—' },
      { key: 'account', label: '账户编号', children: item.accountId ?? '—' },
      { key: 'roles', label: '当时的角色', children: rolesText(item.roles) },
      { key: 'object', label: '对象', children: item.objectId ? <Typography.Text copyable>{item.objectId}</Typography.Text> : '—' },
      { key: 'ip', label: '来源地址', children: item.ip ?? '—' },
      { key: 'ua', label: '客户端', span: 'filled', children: item.userAgent ?? '—' },
      {
        key: 'detail',
        label: '详情',
        span: 'filled',
        children:
          item.detail === null || item.detail === undefined ? (
            '—'
          ) : (
            <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }} data-testid="audit-detail">
              {JSON.stringify(item.detail, null, 2)}
            </pre>
          ),
      },
    ]}
  />
);
