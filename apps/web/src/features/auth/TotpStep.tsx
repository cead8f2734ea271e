import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Typography } from 'antd';
import { messageOf } from '../../app/api/client.ts';
import { verifyTotp } from './api.ts';
import { TotpCodeField } from './TotpCodeField.tsx';

type Props = { username: string; onVerified: () => Promise<unknown> };

export const TotpStep = ({ username, onVerified }: Props) => {
  const [form] = Form.useForm<{ code: string }>();
  const verify = useMutation({
    mutationFn: async ({ code }: { code: string }) => {
      await verifyTotp(code);
      await onVerified();
    },
    onError: () => form.setFieldValue('code', ''),
  });

  return (
    <>
      <Typography.Paragraph type="secondary">
        请打开手机上的验证器应用，输入账户 <Typography.Text strong>{username}</Typography.Text> 当前显示的 6 位动态口令。
      </Typography.Paragraph>
      {verify.isError && <Alert type="error" showIcon title={messageOf(verify.error)} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => verify.mutate(values)}>
        <TotpCodeField />
        <Button type="primary" htmlType="submit" size="large" block loading={verify.isPending}>
          验证
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
        手机丢失或更换时，请联系安全管理员重置动态口令。
      </Typography.Paragraph>
    </>
  );
};
