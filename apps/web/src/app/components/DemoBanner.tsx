import { Alert } from 'antd';
import { useSystemInfo } from '../session.ts';

/** Shown across the top whenever the server runs the demo profile, so no one mistakes it for production. */
export const DemoBanner = () => {
  const { data } = useSystemInfo();
  if (!data?.demo) return null;
  return (
    <Alert
      banner
      type="warning"
      data-testid="demo-banner"
      title="演示环境：所有数据均为虚构，仅供体验与培训，请勿录入真实案件或个人信息。"
    />
  );
};
