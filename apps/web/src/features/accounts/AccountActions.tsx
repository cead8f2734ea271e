import { DownOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown, Flex } from 'antd';
import type { MenuProps } from 'antd';
import { messageOf } from '../../app/api/client.ts';
import type { AccountItem } from '../../app/api/types.ts';
import { useCan } from '../../app/current-user.tsx';
import { accountKeys, forceLogout, resetSecondFactor, unlockAccount, updateAccount } from './api.ts';
import { isLocked } from './account-status.ts';

type Props = { account: AccountItem; self: boolean; onEditRoles: () => void; onEditName: () => void };

type Confirmed = { title: string; content: string; okText: string; danger?: boolean; run: () => Promise<unknown>; done: string };

export const AccountActions = ({ account, self, onEditRoles, onEditName }: Props) => {
  const can = useCan();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();

  const confirm = ({ title, content, okText, danger, run, done }: Confirmed) =>
    modal.confirm({
      title,
      content,
      okText,
      okButtonProps: { danger },
      cancelText: '取消',
      onOk: async () => {
        try {
          await run();
          message.success(done);
          await queryClient.invalidateQueries({ queryKey: accountKeys.all });
        } catch (error) {
          message.error(messageOf(error));
        }
      },
    });

  const who = `${account.displayName}（${account.username}）`;
  const active = account.status === 'active';

  const toggleStatus = () =>
    confirm(
      active
        ? {
            title: `停用账户 ${who}？`,
            content: '停用后该用户不能登录，已登录的会话立即失效。账户及其记录保留，可随时重新启用。',
            okText: '停用',
            danger: true,
            run: () => updateAccount(account.id, { status: 'disabled' }),
            done: '账户已停用',
          }
        : {
            title: `启用账户 ${who}？`,
            content: '启用后该用户可以重新登录。',
            okText: '启用',
            run: () => updateAccount(account.id, { status: 'active' }),
            done: '账户已启用',
          },
    );

  const securityItems: MenuProps['items'] = [
    { key: 'logout', label: '强制下线', disabled: self, danger: true },
    { key: 'unlock', label: '解除锁定', disabled: !isLocked(account) },
    { key: 'reset', label: '重置动态口令', disabled: !account.totpEnabled, danger: true },
  ];
  const onSecurity: MenuProps['onClick'] = ({ key }) => {
    if (key === 'logout') {
      confirm({
        title: `强制 ${who} 下线？`,
        content: '该用户所有设备上的登录会话将立即注销，需重新登录。',
        okText: '强制下线',
        danger: true,
        run: () => forceLogout(account.id),
        done: '已强制下线',
      });
    } else if (key === 'unlock') {
      confirm({
        title: `解除 ${who} 的登录锁定？`,
        content: '请先核实是本人多次输错密码，而非他人尝试登录。',
        okText: '解除锁定',
        run: () => unlockAccount(account.id),
        done: '已解除锁定',
      });
    } else if (key === 'reset') {
      confirm({
        title: `重置 ${who} 的动态口令？`,
        content: '原验证器上的动态口令将失效，该用户须在下次登录时重新绑定。请先当面或电话核实本人身份。',
        okText: '重置',
        danger: true,
        run: () => resetSecondFactor(account.id),
        done: '动态口令已重置',
      });
    }
  };

  return (
    <Flex gap={4} wrap>
      {can('role.grant') && (
        <Button type="link" size="small" onClick={onEditRoles}>
          授予角色
        </Button>
      )}
      {can('account.update') && (
        <>
          <Button type="link" size="small" onClick={onEditName}>
            修改姓名
          </Button>
          <Button type="link" size="small" danger={active} disabled={self} onClick={toggleStatus}>
            {active ? '停用' : '启用'}
          </Button>
        </>
      )}
      {can('session.revoke-any') && (
        <Dropdown menu={{ items: securityItems, onClick: onSecurity }} trigger={['click']}>
          <Button type="link" size="small">
            安全处置 <DownOutlined />
          </Button>
        </Dropdown>
      )}
    </Flex>
  );
};
