import {
  AuditOutlined,
  BankOutlined,
  IdcardOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  FieldTimeOutlined,
  ScheduleOutlined,
  UnorderedListOutlined,
  FileSearchOutlined,
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
    path: '/cases',
    label: '案件办理',
    description: '案源登记、案件查询与执法全过程记录',
    icon: FileSearchOutlined,
    roles: CAPABILITIES['case.read'],
  },
  {
    path: '/agencies',
    label: '执法主体',
    description: '执法主体、内设执法机构、地址电话与职权依据',
    icon: BankOutlined,
    roles: CAPABILITIES['agency.view'],
  },
  {
    path: '/officers',
    label: '执法人员',
    description: '执法人员与执法证、证件到期提醒、亮证二维码',
    icon: IdcardOutlined,
    roles: CAPABILITIES['officer.read'],
  },
  {
    path: '/items',
    label: '权责清单',
    description: '执法事项：实施依据、处罚幅度、时限、救济渠道、服务指南与流程图',
    icon: UnorderedListOutlined,
    roles: CAPABILITIES['item.read'],
  },
  {
    path: '/inspection-items',
    label: '随机抽查事项',
    description: '随机抽查事项清单：依据、对象、比例、周期与方式',
    icon: ScheduleOutlined,
    roles: CAPABILITIES['item.read'],
  },
  {
    path: '/review-flags',
    label: '更新期限',
    description: '法律修改、职能调整后公示清单的复核期限',
    icon: FieldTimeOutlined,
    roles: CAPABILITIES['review-flag.read'],
  },
  {
    path: '/imports',
    label: '批量导入导出',
    description: '执法主体、执法人员、权责清单、随机抽查事项与法律法规文本：下载模板、批量导入和导出',
    icon: CloudUploadOutlined,
    roles: CAPABILITIES['import.use'],
  },
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
