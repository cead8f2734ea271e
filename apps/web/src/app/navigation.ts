import {
  AuditOutlined,
  CalendarOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { RoleName } from './api/types.ts';
import { CAPABILITIES } from './permissions.ts';

export type NavItem = {
  path: string;
  label: string;
  description: string;
  icon: ComponentType;
  /** Who sees the entry; 'everyone' is every signed-in account. */
  roles: 'everyone' | readonly RoleName[];
};

/** THE menu: one row per page that exists. A module that does not exist yet has no row, so no dead links. */
export const NAVIGATION: readonly NavItem[] = [
  { path: '/', label: '工作台', description: '本人信息与常用功能', icon: HomeOutlined, roles: 'everyone' },
  {
    path: '/accounts',
    label: '用户与角色',
    description: '账户的新建、停用、角色授予与安全处置',
    icon: TeamOutlined,
    roles: CAPABILITIES['account.read'],
  },
  {
    path: '/password-policy',
    label: '口令策略',
    description: '密码复杂度、有效期、登录锁定与会话超时',
    icon: SettingOutlined,
    roles: CAPABILITIES['policy.read'],
  },
  { path: '/audit', label: '审计日志', description: '查询与导出操作审计记录', icon: AuditOutlined, roles: CAPABILITIES['audit.read'] },
  {
    path: '/calendar',
    label: '工作日历',
    description: '法定节假日与调休安排，工作日期限推算',
    icon: CalendarOutlined,
    roles: 'everyone',
  },
  {
    path: '/security',
    label: '账号安全',
    description: '我的登录会话、动态口令与密码',
    icon: SafetyCertificateOutlined,
    roles: 'everyone',
  },
];

export const mayVisit = (item: NavItem, roles: readonly RoleName[]) =>
  item.roles === 'everyone' || roles.some((role) => (item.roles as readonly RoleName[]).includes(role));

export const navigationFor = (roles: readonly RoleName[]) => NAVIGATION.filter((item) => mayVisit(item, roles));

/** The menu entry a location belongs to: the longest path that prefixes it. */
export const navItemOf = (pathname: string) =>
  [...NAVIGATION]
    .sort((a, b) => b.path.length - a.path.length)
    .find((item) => (item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`)));

export const findNavItem = (path: string) => NAVIGATION.find((item) => item.path === path);
