import { Button, Result } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** A page failed to render or its code failed to load (often: a new version was deployed meanwhile). */
export const RouteError = () => {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : '';
  return (
    <Result
      status="error"
      title="页面加载失败"
      subTitle={
        <>
          系统可能刚刚更新，请刷新页面后重试。
          {detail && <div style={{ marginTop: 8, color: '#8c8c8c', fontSize: 12 }}>{detail}</div>}
        </>
      }
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          刷新页面
        </Button>
      }
    />
  );
};
