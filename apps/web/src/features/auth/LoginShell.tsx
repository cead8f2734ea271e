import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { DemoBanner } from '../../app/components/DemoBanner.tsx';
import { Emblem } from '../../app/components/Emblem.tsx';
import { useDocumentTitle } from '../../app/components/PageHeader.tsx';
import { useSystemInfo } from '../../app/session.ts';

type Props = { title: string; width?: number; children: ReactNode };

/** The frame around every step of signing in. */
export const LoginShell = ({ title, width = 400, children }: Props) => {
  useDocumentTitle(title);
  const { data: info } = useSystemInfo();
  return (
    <Flex vertical style={{ minHeight: '100vh', background: 'linear-gradient(180deg, #e8eef7 0%, #f5f7fa 45%)' }}>
      <DemoBanner />
      <Flex vertical align="center" justify="center" style={{ flex: 1, padding: '40px 16px' }}>
        <Flex align="center" gap={14} style={{ marginBottom: 24 }}>
          <Emblem size={52} />
          <div>
            <Typography.Title level={3} style={{ margin: 0, letterSpacing: 1 }}>
              三项 · 行政执法工作台
            </Typography.Title>
            <Typography.Text type="secondary">行政执法公示 · 执法全过程记录 · 重大执法决定法制审核</Typography.Text>
          </div>
        </Flex>
        <Card title={title} style={{ width, maxWidth: '100%', boxShadow: '0 6px 24px rgba(15, 40, 80, 0.08)' }}>
          {children}
        </Card>
        <Typography.Text type="secondary" style={{ marginTop: 24, fontSize: 12, textAlign: 'center' }}>
          本系统仅限授权的行政执法工作人员使用，登录及操作均记入审计日志。
          {info ? ` 版本 ${info.version}` : ''}
        </Typography.Text>
      </Flex>
    </Flex>
  );
};
