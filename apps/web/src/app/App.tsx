import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { RouterProvider } from 'react-router/dom';
import { queryClient } from './query-client.ts';
import { router } from './router.tsx';
import { theme } from './theme.ts';

export const App = () => (
  // Two-character button labels stay exactly as written (登录, 验证): antd would otherwise insert a space.
  <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
    <AntdApp>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </AntdApp>
  </ConfigProvider>
);
