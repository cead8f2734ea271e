import { useMutation } from '@tanstack/react-query';
import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { messageOf } from '../../app/api/client.ts';
import type { OfficerDetail } from '../../app/api/types.ts';
import { revokeOfficer, updateOfficer } from './api.ts';

export type StatusChange = 'suspend' | 'reinstate' | 'revoke';

const TEXT: Record<StatusChange, { title: string; ok: string; note: string; reasonRequired: boolean }> = {
  suspend: { title: '暂扣执法证', ok: '暂扣', note: '暂扣期间不能承办案件，亮证核验页显示“已暂扣”。', reasonRequired: true },
  reinstate: { title: '恢复执法证', ok: '恢复', note: '恢复后，有效期内的执法证即可用于执法。', reasonRequired: false },
  revoke: { title: '吊销执法证', ok: '吊销', note: '吊销不可恢复：亮证核验页显示“已吊销”；如需重新执法，须登记新核发的执法证。调离本机关的也在此办理。', reasonRequired: true },
};

type Values = { reason?: string; effectiveOn?: Dayjs | null };

export const StatusChangeModal = ({ officer, change, onClose, onDone }: { officer: OfficerDetail; change: StatusChange | null; onClose: () => void; onDone: (o: OfficerDetail) => void }) => {
  const [form] = Form.useForm<Values>();
  const text = change ? TEXT[change] : TEXT.suspend;
  const run = useMutation({
    mutationFn: (v: Values) => {
      const effectiveOn = v.effectiveOn?.format('YYYY-MM-DD');
      const reason = v.reason?.trim() || undefined;
      if (change === 'revoke') return revokeOfficer(officer.id, { reason: reason ?? '', effectiveOn });
      return updateOfficer(officer.id, { status: change === 'suspend' ? 'suspended' : 'active', reason, effectiveOn });
    },
    onSuccess: onDone,
  });
  return (
    <Modal
      title={`${text.title}：${officer.name}`}
      open={change !== null}
      okText={text.ok}
      okButtonProps={{ danger: change !== 'reinstate' }}
      onOk={() => form.submit()}
      confirmLoading={run.isPending}
      onCancel={onClose}
      afterClose={() => {
        run.reset();
        form.resetFields();
      }}
      destroyOnHidden
    >
      <Alert type={change === 'revoke' ? 'warning' : 'info'} showIcon title={text.note} style={{ marginBottom: 16 }} />
      {run.isError && <Alert type="error" showIcon title={messageOf(run.error)} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" initialValues={{ effectiveOn: dayjs() }} onFinish={(v) => run.mutate(v)}>
        <Form.Item
          name="reason"
          label="原因"
          htmlFor="status-reason"
          rules={[{ required: text.reasonRequired, whitespace: true, message: '请写明原因' }, { max: 500 }]}
        >
          <Input.TextArea id="status-reason" rows={3} maxLength={500} />
        </Form.Item>
        <Form.Item name="effectiveOn" label="生效日期" htmlFor="status-effective-on">
          <DatePicker id="status-effective-on" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
};
