import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { messageOf } from '../../app/api/client.ts';
import { changePassword } from './api.ts';
import { passwordProblem } from './password-rules.ts';
import { PasswordRules } from './PasswordRules.tsx';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };
type Props = { username: string; currentLabel?: string; onChanged: () => Promise<unknown> | void };

export const ChangePasswordForm = ({ username, currentLabel = '当前密码', onChanged }: Props) => {
  const [form] = Form.useForm<Values>();
  const change = useMutation({
    mutationFn: async ({ currentPassword, newPassword }: Values) => {
      await changePassword({ currentPassword, newPassword });
      form.resetFields();
      await onChanged();
    },
  });

  return (
    <>
      <PasswordRules />
      {change.isError && <Alert type="error" showIcon title={messageOf(change.error)} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => change.mutate(values)}>
        <Form.Item name="currentPassword" label={currentLabel} htmlFor="current-password" rules={[{ required: true, message: `请输入${currentLabel}` }]}>
          <Input.Password id="current-password" autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label="新密码"
          htmlFor="new-password"
          rules={[
            { required: true, message: '请输入新密码' },
            {
              validator: async (_, value: string | undefined) => {
                const problem = value ? passwordProblem(value, username) : undefined;
                if (problem) throw new Error(problem);
              },
            },
          ]}
        >
          <Input.Password id="new-password" autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label="确认新密码"
          htmlFor="confirm-password"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一致');
              },
            }),
          ]}
        >
          <Input.Password id="confirm-password" autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          修改密码
        </Button>
      </Form>
    </>
  );
};
