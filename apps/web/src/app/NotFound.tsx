import { CompassOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';

export const NotFound = () => {
  const navigate = useNavigate();
  return (
    <Result
      icon={<CompassOutlined style={{ color: '#8c8c8c' }} />}
      data-testid="not-found"
      title="页面不存在"
      subTitle="您访问的页面不存在或已调整，请从左侧菜单进入。"
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          返回工作台
        </Button>
      }
    />
  );
};
