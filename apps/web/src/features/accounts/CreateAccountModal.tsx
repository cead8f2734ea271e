import { useMutation } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { messageOf } from '../../app/api/client.ts';
import type { CreateAccountBody, CreatedAccount } from '../../app/api/types.ts';
import { createAccount } from './api.ts';
import type { AgencyChoice } from './use-agency-choices.ts';

type Props = { open: boolean; agencies: AgencyChoice[]; onClose: () => void; onCreated: (created: CreatedAccount) => void };

// Same rule as the server's USERNAME_PATTERN, checked after lower-casing.
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,47}$/;

export const CreateAccountModal = ({ open, agencies, onClose, onCreated }: Props) => {
  const [form] = Form.useForm<CreateAccountBody>();
  const agencyId = Form.useWatch('agencyId', form);
  const units = agencies.find((a) => a.id === agencyId)?.units ?? [];
  const create = useMutation({
    mutationFn: createAccount,
    onSuccess: (created) => {
      form.resetFields();
      onCreated(created);
    },
  });

  return (
    <Modal
      title="新建账户"
      open={open}
      okText="创建"
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      onCancel={onClose}
      afterClose={() => create.reset()}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        title="系统将生成一次性初始密码，用户首次登录须修改密码。新账户没有角色，由安全管理员授予。"
        style={{ marginBottom: 16 }}
      />
      {create.isError && <Alert type="error" showIcon title={messageOf(create.error)} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => create.mutate({ ...values, unitId: values.unitId || undefined })}
        onValuesChange={(changed: Partial<CreateAccountBody>) => {
          if ('agencyId' in changed) form.setFieldValue('unitId', undefined);
        }}
      >
        <Form.Item
          name="username"
          label="用户名"
          normalize={(v: string) => v.trim().toLowerCase()}
          extra="2–48 位，小写字母、数字、点、下划线或连字符，以字母或数字开头，如 jxsj.zhangsan"
          rules={[
            { required: true, message: '请输入用户名' },
            { pattern: USERNAME, message: '用户名格式不正确' },
          ]}
        >
          <Input autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }, { max: 40 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="agencyId" label="所属机关" rules={[{ required: true, message: '请选择所属机关' }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="选择机关"
            options={agencies.map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
        <Form.Item name="unitId" label="内设机构">
          <Select
            allowClear
            disabled={!agencyId}
            placeholder={agencyId ? (units.length ? '选择内设机构（可不选）' : '该机关没有内设机构') : '请先选择机关'}
            options={units.map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
};
