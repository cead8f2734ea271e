import { LockOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useCurrentUser } from './current-user.tsx';
import { findNavItem, mayVisit } from './navigation.ts';
import { can, type Capability } from './permissions.ts';

type Props = { path: string; capability?: Capability; children: ReactNode };

/** Guards a page with the same table that builds the menu; a page for one action (登记案源) also needs its capability. */
export const RequireNav = ({ path, capability, children }: Props) => {
  const user = useCurrentUser();
  const item = findNavItem(path);
  if (item && mayVisit(item, user.account.roles) && (!capability || can(user.account.roles, capability))) return children;
  return <Result icon={<LockOutlined style={{ color: '#8c8c8c' }} />} data-testid="forbidden" title="无权访问" subTitle="您的角色无权使用此功能。如需开通，请联系安全管理员授予相应角色。" />;
};
