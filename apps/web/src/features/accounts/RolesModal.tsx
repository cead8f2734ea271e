import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Checkbox, Divider, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../app/api/client.ts';
import type { AccountItem, RoleName } from '../../app/api/types.ts';
import { ADMIN_ROLES, BUSINESS_ROLES, isAdminRole, ROLE_LABELS } from '../../app/roles.ts';
import { accountKeys, grantRoles } from './api.ts';

type Props = { account: AccountItem; onClose: () => void };

/**
 * Business roles combine freely; of the three administrator roles at most one (三权分立), so they are a
 * radio group and two can never be selected.
 */
export const RolesModal = ({ account, onClose }: Props) => {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [business, setBusiness] = useState<RoleName[]>(account.roles.filter((r) => !isAdminRole(r)));
  const [admin, setAdmin] = useState<RoleName | 'none'>(account.roles.find(isAdminRole) ?? 'none');
  const roles = admin === 'none' ? business : [...business, admin];

  const save = useMutation({
    mutationFn: () => grantRoles(account.id, roles),
    onSuccess: () => {
      message.success(`已更新 ${account.displayName} 的角色`);
      void queryClient.invalidateQueries({ queryKey: accountKeys.all });
      onClose();
    },
  });

  return (
    <Modal
      open
      title={`授予角色：${account.displayName}（${account.username}）`}
      okText="保存"
      onOk={() => save.mutate()}
      confirmLoading={save.isPending}
      onCancel={onClose}
      width={560}
    >
      <Alert
        type="warning"
        showIcon
        title="保存后，该用户当前的登录会话将全部注销，新角色在其重新登录后生效。"
        style={{ marginBottom: 16 }}
      />
      {save.isError && <Alert type="error" showIcon title={messageOf(save.error)} style={{ marginBottom: 16 }} />}
      <Typography.Text strong>业务角色</Typography.Text>
      <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
        可多选
      </Typography.Text>
      <div style={{ margin: '8px 0 0' }}>
        <Checkbox.Group
          value={business}
          onChange={(values) => setBusiness(values as RoleName[])}
          options={BUSINESS_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
        />
      </div>
      <Divider />
      <Typography.Text strong>管理员角色</Typography.Text>
      <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
        系统管理员、安全管理员、审计管理员三权分立，至多担任其一
      </Typography.Text>
      <div style={{ margin: '8px 0 0' }}>
        <Radio.Group value={admin} onChange={(e) => setAdmin(e.target.value as RoleName | 'none')}>
          <Space wrap>
            <Radio value="none">不担任</Radio>
            {ADMIN_ROLES.map((role) => (
              <Radio key={role} value={role}>
                {ROLE_LABELS[role]}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </div>
    </Modal>
  );
};
