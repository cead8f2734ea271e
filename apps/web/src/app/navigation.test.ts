import { describe, expect, it } from 'vitest';
import type { RoleName } from './api/types.ts';
import { mayVisit, navigationFor, navItemOf } from './navigation.ts';

const menu = (...roles: RoleName[]) => navigationFor(roles).map((item) => item.label);

describe('navigation', () => {
  it('shows an officer their cases and the pages every account has', () => {
    expect(menu('officer')).toEqual(['工作台', '案件办理', '当场处罚', '证据调阅', '执法决定公示', '法制审核', '审核目录清单', '我的期限', '执法主体', '执法人员', '权责清单', '随机抽查事项', '工作日历', '账号安全']);
  });

  it('gives every business role the cases page and no administrator', () => {
    for (const role of ['officer', 'unit_head', 'legal_reviewer', 'agency_head', 'supervisor'] as const) expect(menu(role)).toContain('案件办理');
    for (const role of ['system_admin', 'security_admin', 'audit_admin'] as const) expect(menu(role)).not.toContain('案件办理');
  });

  it('gives each administrator the pages of their role', () => {
    expect(menu('system_admin')).toEqual(['工作台', '年度统计', '审核目录清单', '执法主体', '执法人员', '权责清单', '随机抽查事项', '更新期限', '批量导入导出', '用户与角色', '口令策略', '工作日历', '账号安全']);
    expect(menu('security_admin')).toEqual(['工作台', '用户与角色', '口令策略', '工作日历', '账号安全']);
    expect(menu('audit_admin')).toEqual(['工作台', '审计日志', '工作日历', '账号安全']);
  });

  it('lets an agency head see the accounts page but not the audit log', () => {
    expect(menu('officer', 'agency_head')).toContain('用户与角色');
    expect(menu('officer', 'agency_head')).toContain('批量导入导出');
    expect(menu('officer')).not.toContain('批量导入导出');
    expect(menu('officer', 'agency_head')).not.toContain('审计日志');
  });

  it('finds the entry of nested locations without confusing prefixes', () => {
    expect(navItemOf('/')?.path).toBe('/');
    expect(navItemOf('/audit')?.path).toBe('/audit');
    expect(navItemOf('/accounts/123')?.path).toBe('/accounts');
    expect(navItemOf('/cases/new')?.path).toBe('/cases');
    expect(navItemOf('/cases/on-the-spot')?.path).toBe('/cases/on-the-spot');
    expect(navItemOf('/auditx')).toBeUndefined();
  });

  it('refuses a page to roles not in its row', () => {
    const audit = navItemOf('/audit')!;
    expect(mayVisit(audit, ['system_admin'])).toBe(false);
    expect(mayVisit(audit, ['audit_admin'])).toBe(true);
  });
});
