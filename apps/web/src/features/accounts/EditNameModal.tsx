import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import { messageOf } from '../../app/api/client.ts';
import type { AccountItem } from '../../app/api/types.ts';
import { accountKeys, updateAccount } from './api.ts';

export const EditNameModal = ({ account, onClose }: { account: AccountItem; onClose: () => void }) => {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ displayName: string }>();
  const save = useMutation({
    mutationFn: ({ displayName }: { displayName: string }) => updateAccount(account.id, { displayName: displayName.trim() }),
    onSuccess: () => {
      message.success('姓名已修改');
      void queryClient.invalidateQueries({ queryKey: accountKeys.all });
      onClose();
    },
  });
  return (
    <Modal open title={`修改姓名：${account.username}`} okText="保存" onOk={() => form.submit()} confirmLoading={save.isPending} onCancel={onClose}>
      {save.isError && <Alert type="error" showIcon title={messageOf(save.error)} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ displayName: account.displayName }} onFinish={(values) => save.mutate(values)}>
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }, { max: 40 }]}>
          <Input autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
};
