import { Card, Descriptions, Typography } from 'antd';
import type { PasswordPolicy } from '../../app/api/types.ts';
import { LOCKOUT_FIELDS, PASSWORD_FIELDS, type PolicyField } from './policy-fields.ts';

const Group = ({ title, fields, policy }: { title: string; fields: PolicyField[]; policy: PasswordPolicy }) => (
  <Card title={title} style={{ marginBottom: 16 }}>
    <Descriptions
      column={{ xs: 1, md: 2 }}
      items={fields.map((field) => ({
        key: field.name,
        label: field.label,
        children: (
          <div>
            <Typography.Text strong data-testid={`policy-${field.name}`}>
              {field.name === 'maxAgeDays' && policy.maxAgeDays === 0 ? '不限' : `${policy[field.name]} ${field.unit}`}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {field.help}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  </Card>
);

/** The policy for those who may read but not change it (system admin). */
export const PolicyView = ({ policy }: { policy: PasswordPolicy }) => (
  <>
    <Group title="密码" fields={PASSWORD_FIELDS} policy={policy} />
    <Group title="登录锁定与会话" fields={LOCKOUT_FIELDS} policy={policy} />
  </>
);
