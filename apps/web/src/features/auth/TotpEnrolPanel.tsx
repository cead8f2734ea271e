import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Spin, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { messageOf } from '../../app/api/client.ts';
import { confirmTotpEnrolment, startTotpEnrolment } from './api.ts';
import { TotpCodeField } from './TotpCodeField.tsx';

type Props = { username: string; onConfirmed: () => Promise<unknown> | void };

/**
 * Binds an authenticator app: the server makes a secret (shown as QR code and as text), and the binding
 * takes effect once a code from it is confirmed.
 */
export const TotpEnrolPanel = ({ username, onConfirmed }: Props) => {
  const [form] = Form.useForm<{ code: string }>();
  const start = useMutation({ mutationFn: startTotpEnrolment });
  const confirm = useMutation({
    mutationFn: async ({ code }: { code: string }) => {
      await confirmTotpEnrolment(code);
      await onConfirmed();
    },
    onError: () => form.setFieldValue('code', ''),
  });
  // Each start makes a new secret, so it must run once even when React mounts effects twice.
  const started = useRef(false);
  const begin = start.mutate;
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    begin();
  }, [begin]);

  if (start.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title="无法生成绑定二维码"
        description={messageOf(start.error)}
        action={
          <Button size="small" onClick={() => start.mutate()}>
            重试
          </Button>
        }
      />
    );
  }
  if (!start.data) {
    return (
      <Flex justify="center" style={{ padding: 32 }}>
        <Spin description="正在生成绑定二维码…" />
      </Flex>
    );
  }

  const { secret, qrCodeDataUrl } = start.data;
  return (
    <>
      <ol style={{ margin: '0 0 16px', paddingInlineStart: 20, color: 'rgba(0,0,0,0.75)' }}>
        <li>在手机上安装验证器应用（如“腾讯身份验证器”、Microsoft Authenticator、Google Authenticator、FreeOTP）；</li>
        <li>用验证器扫描下方二维码，或选择“手动输入密钥”；</li>
        <li>输入验证器显示的 6 位动态口令，完成绑定。</li>
      </ol>
      <Flex vertical align="center" gap={8} style={{ marginBottom: 16 }}>
        <img
          src={qrCodeDataUrl}
          width={200}
          height={200}
          alt="动态口令绑定二维码"
          style={{ border: '1px solid #f0f0f0', borderRadius: 8, background: '#fff' }}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          账户：{username} · 基于时间（TOTP）· 6 位 · 30 秒
        </Typography.Text>
        <div style={{ textAlign: 'center' }}>
          <Typography.Text type="secondary">手动输入密钥：</Typography.Text>
          <Typography.Text code copyable={{ text: secret, tooltips: ['复制密钥', '已复制'] }} style={{ wordBreak: 'break-all' }}>
            <span data-testid="totp-secret">{secret}</span>
          </Typography.Text>
        </div>
      </Flex>
      {confirm.isError && <Alert type="error" showIcon title={messageOf(confirm.error)} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => confirm.mutate(values)}>
        <TotpCodeField />
        <Button type="primary" htmlType="submit" size="large" block loading={confirm.isPending}>
          确认绑定
        </Button>
      </Form>
    </>
  );
};
