import { Alert, Button, Descriptions, Modal, Typography } from 'antd';
import type { CreatedAccount } from '../../app/api/types.ts';

/** The initial password exists only in this answer: shown once, never again. */
export const InitialPasswordModal = ({ created, onClose }: { created: CreatedAccount | null; onClose: () => void }) => (
  <Modal
    title="账户已创建"
    open={created !== null}
    closable={false}
    mask={{ closable: false }}
    keyboard={false}
    footer={
      <Button type="primary" onClick={onClose}>
        我已记下初始密码
      </Button>
    }
  >
    {created && (
      <>
        <Alert
          type="warning"
          showIcon
          title="初始密码只显示这一次"
          description="请通过安全渠道当面或电话告知本人，勿通过即时通讯群发送。用户首次登录须修改密码。"
          style={{ marginBottom: 16 }}
        />
        <Descriptions
          column={1}
          bordered
          size="small"
          items={[
            { key: 'username', label: '用户名', children: created.account.username },
            { key: 'name', label: '姓名', children: created.account.displayName },
            { key: 'agency', label: '所属机关', children: created.account.agencyName },
            {
              key: 'password',
              label: '初始密码',
              children: (
                <Typography.Text code copyable={{ text: created.initialPassword, tooltips: ['复制密码', '已复制'] }} style={{ fontSize: 16 }}>
                  <span data-testid="initial-password">{created.initialPassword}</span>
                </Typography.Text>
              ),
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          该账户尚未授予角色，请安全管理员按岗位授予角色后再交付使用。
        </Typography.Paragraph>
      </>
    )}
  </Modal>
);
