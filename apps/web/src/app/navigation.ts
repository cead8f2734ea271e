import {
  AlertOutlined,
  AuditOutlined,
  ClockCircleOutlined,
  BarChartOutlined,
  EyeOutlined,
  NotificationOutlined,
  BankOutlined,
  IdcardOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  FieldTimeOutlined,
  ScheduleOutlined,
  UnorderedListOutlined,
  FileSearchOutlined,
  VideoCameraOutlined,
  MonitorOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
  ThunderboltOutlined,
  SolutionOutlined,
  ProfileOutlined,
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
    path: '/cases/on-the-spot',
    label: '当场处罚',
    description: '简易程序：当场作出警告或小额罚款决定，生成编号的决定书',
    icon: ThunderboltOutlined,
    roles: CAPABILITIES['case.create'],
  },
  {
    path: '/evidence-retrieval',
    label: '证据调阅',
    description: '调阅案件证据与音像记录（非承办人须说明事由，限制调阅材料须经批准）与调阅审批',
    icon: VideoCameraOutlined,
    roles: CAPABILITIES['evidence.read'],
  },
  {
    path: '/evidence-supervision',
    label: '调阅监督',
    description: '证据的每一次调阅与完整性告警',
    icon: MonitorOutlined,
    roles: CAPABILITIES['evidence.supervise'],
  },
  {
    path: '/disclosure',
    label: '执法决定公示',
    description: '执法决定的公示预览、审核发布、撤回与公示期',
    icon: NotificationOutlined,
    roles: CAPABILITIES['disclosure.manage'],
  },
  {
    path: '/disclosure-supervision',
    label: '公示监督',
    description: '辖区内逾期未公开、逾期未撤回的执法决定',
    icon: EyeOutlined,
    roles: CAPABILITIES['disclosure.supervise'],
  },
  {
    path: '/disclosure-statistics',
    label: '年度统计',
    description: '生成并公布年度行政执法数据',
    icon: BarChartOutlined,
    roles: CAPABILITIES['disclosure.statistics'],
  },
  {
    path: '/reviews',
    label: '法制审核',
    description: '重大执法决定法制审核：待审队列、逐项审核意见、退回与重新送审',
    icon: SolutionOutlined,
    roles: CAPABILITIES['review.read'],
  },
  {
    path: '/review-catalogue',
    label: '审核目录清单',
    description: '法制审核目录清单：金额标准、处罚种类、特定事项和审核期限',
    icon: ProfileOutlined,
    roles: CAPABILITIES['review.catalogue.read'],
  },
  {
    path: '/review-statistics',
    label: '审核统计',
    description: '法制审核覆盖率、通过率、用时与轮次，审核人员配备',
    icon: BarChartOutlined,
    roles: CAPABILITIES['review.supervise'],
  },
  {
    path: '/deadlines/mine',
    label: '我的期限',
    description: '本人承办案件已逾期、3个工作日内到期和进行中的法定期限',
    icon: ClockCircleOutlined,
    roles: CAPABILITIES['deadline.mine'],
  },
  {
    path: '/deadlines/agency',
    label: '本机关期限',
    description: '按内设机构和主办人统计的逾期、临期期限',
    icon: AlertOutlined,
    roles: CAPABILITIES['deadline.agency'],
  },
  {
    path: '/deadlines/supervision',
    label: '期限监督',
    description: '辖区各执法机关案件期限的逾期和临期情况',
    icon: AlertOutlined,
    roles: CAPABILITIES['deadline.supervise'],
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
