import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { messageOf, setCsrfToken } from '../../app/api/client.ts';
import type { LoginRouteState } from '../../app/session.ts';
import { login } from './api.ts';

type Values = { username: string; password: string };
type Props = { reason: NonNullable<LoginRouteState>['reason']; onSignedIn: () => Promise<unknown> };

export const PasswordStep = ({ reason, onSignedIn }: Props) => {
  const [form] = Form.useForm<Values>();
  const signIn = useMutation({
    mutationFn: async (values: Values) => {
      const result = await login(values);
      setCsrfToken(result.csrfToken);
      // What comes next (second factor, enrolment, password change) is read back from /auth/me.
      await onSignedIn();
    },
    onError: () => form.setFieldValue('password', ''),
  });

  return (
    <>
      {reason === 'expired' && !signIn.isError && (
        <Alert type="warning" showIcon title="会话已过期，请重新登录" data-testid="session-expired" style={{ marginBottom: 16 }} />
      )}
      {reason === 'logout' && !signIn.isError && <Alert type="success" showIcon title="您已安全退出" style={{ marginBottom: 16 }} />}
      {signIn.isError && (
        <Alert type="error" showIcon title={messageOf(signIn.error)} data-testid="login-error" style={{ marginBottom: 16 }} />
      )}
      <Form form={form} layout="vertical" requiredMark={false} size="large" onFinish={(values) => signIn.mutate(values)}>
        <Form.Item name="username" label="用户名" htmlFor="username" rules={[{ required: true, message: '请输入用户名' }]}>
          <Input id="username" prefix={<UserOutlined />} autoComplete="username" autoFocus autoCapitalize="none" spellCheck={false} />
        </Form.Item>
        <Form.Item name="password" label="密码" htmlFor="password" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password id="password" prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
          登录
        </Button>
      </Form>
    </>
  );
};
