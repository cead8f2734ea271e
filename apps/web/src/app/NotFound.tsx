import { CompassOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';

type Props = {
  title?: string;
  subTitle?: string;
  /** Where the button leads, and what it says. */
  back?: { to: string; label: string };
  testId?: string;
};

/** The console's "nothing here" state: an unknown page, or a record that does not exist for this user. */
export const NotFound = ({
  title = '页面不存在',
  subTitle = '您访问的页面不存在或已调整，请从左侧菜单进入。',
  back = { to: '/', label: '返回工作台' },
  testId = 'not-found',
}: Props) => {
  const navigate = useNavigate();
  return (
    <Result
      icon={<CompassOutlined style={{ color: '#8c8c8c' }} />}
      data-testid={testId}
      title={title}
      subTitle={subTitle}
      extra={
        <Button type="primary" onClick={() => void navigate(back.to)}>
          {back.label}
        </Button>
      }
    />
  );
};
