import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, InputNumber, Popconfirm, Row, Skeleton } from 'antd';
import { messageOf } from '../../app/api/client.ts';
import type { PasswordPolicy } from '../../app/api/types.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { useCan } from '../../app/current-user.tsx';
import { fetchPolicy, policyKey, savePolicy } from './api.ts';
import { LOCKOUT_FIELDS, PASSWORD_FIELDS, type PolicyField } from './policy-fields.ts';
import { PolicyView } from './PolicyView.tsx';

const Fields = ({ fields }: { fields: PolicyField[] }) => (
  <Row gutter={24}>
    {fields.map((field) => (
      <Col key={field.name} xs={24} md={12}>
        <Form.Item
          name={field.name}
          label={field.label}
          extra={field.help}
          rules={[{ required: true, message: `请填写${field.label}` }]}
        >
          <InputNumber min={field.min} max={field.max} precision={0} suffix={field.unit} style={{ width: 200 }} />
        </Form.Item>
      </Col>
    ))}
  </Row>
);

export const PasswordPolicyPage = () => {
  const can = useCan();
  const editable = can('policy.edit');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PasswordPolicy>();
  const policy = useQuery({ queryKey: policyKey, queryFn: fetchPolicy });
  const save = useMutation({
    mutationFn: savePolicy,
    onSuccess: (saved) => {
      queryClient.setQueryData(policyKey, saved);
      message.success('口令策略已保存，新的登录与会话即按新策略执行');
    },
    onError: (error) => message.error(messageOf(error)),
  });

  return (
    <>
      <PageHeader title="口令策略" description="密码复杂度与有效期、登录失败锁定、会话超时。依据网络安全等级保护（三级）身份鉴别要求设置。" />
      {!editable && (
        <Alert type="info" showIcon title="您可以查看口令策略；修改须由安全管理员进行。" style={{ marginBottom: 16 }} />
      )}
      {policy.isError && <ErrorAlert error={policy.error} onRetry={() => void policy.refetch()} />}
      {policy.isPending && (
        <Card>
          <Skeleton active />
        </Card>
      )}
      {policy.data && !editable && <PolicyView policy={policy.data} />}
      {policy.data && editable && (
        <Form form={form} layout="vertical" requiredMark={false} initialValues={policy.data} onFinish={(values) => save.mutate(values)}>
          <Card title="密码" style={{ marginBottom: 16 }}>
            <Fields fields={PASSWORD_FIELDS} />
          </Card>
          <Card title="登录锁定与会话" style={{ marginBottom: 16 }}>
            <Fields fields={LOCKOUT_FIELDS} />
          </Card>
          <Card size="small">
            <Popconfirm title="保存口令策略？" description="修改将记入审计日志，并立即对所有账户生效。" onConfirm={() => form.submit()}>
              <Button type="primary" loading={save.isPending}>
                保存
              </Button>
            </Popconfirm>
            <Button style={{ marginInlineStart: 8 }} onClick={() => form.resetFields()}>
              还原
            </Button>
          </Card>
        </Form>
      )}
    </>
  );
};
