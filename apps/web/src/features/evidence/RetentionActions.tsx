import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../app/api/client.ts';
import { changeRetention, type EvidenceItem, evidenceKeys, requestDeletion, setLegalHold } from './api.ts';

const CLASSES = [
  { value: 'permanent', label: '永久' },
  { value: '30y', label: '定期30年' },
  { value: '10y', label: '定期10年' },
  { value: '6m', label: '6个月' },
];

type Action = 'retention' | 'hold' | 'delete';
const TITLES: Record<Action, string> = { retention: '变更保管期限', hold: '诉讼保全', delete: '申请删除' };

/**
 * 保管期限 (机关负责人): change the class (the longest applicable rule still wins), set or lift a legal hold, or
 * request deletion (refused for anything linked to a case, but recorded). Each is a custody event.
 */
export const RetentionActions = ({ item, onChanged }: { item: EvidenceItem; onChanged: (item: EvidenceItem) => void }) => {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<Action | null>(null);
  const [form] = Form.useForm<{ retentionClass: string; reason: string }>();
  const submit = async () => {
    const v = await form.validateFields();
    try {
      if (action === 'retention') onChanged(await changeRetention(item.id, v.retentionClass, v.reason));
      if (action === 'hold') onChanged(await setLegalHold(item.id, !item.legalHold, v.reason));
      if (action === 'delete') {
        const r = await requestDeletion(item.id, v.reason);
        modal.info({ title: r.outcome === 'queued' ? '已列入删除队列' : '不予删除', content: r.message });
      }
      message.success('已记入保管链');
      setAction(null);
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: evidenceKeys.all });
    } catch (e) {
      message.error(messageOf(e));
    }
  };
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button size="small" onClick={() => setAction('retention')}>变更保管期限</Button>
        <Button size="small" onClick={() => setAction('hold')}>{item.legalHold ? '解除诉讼保全' : '诉讼保全'}</Button>
        <Button size="small" danger onClick={() => setAction('delete')}>申请删除</Button>
      </Space>
      <Modal open={action !== null} title={action === 'hold' && item.legalHold ? '解除诉讼保全' : action ? TITLES[action] : ''} onOk={() => void submit()} onCancel={() => setAction(null)} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ retentionClass: item.retentionClass }}>
          {action === 'retention' && (
            <Form.Item name="retentionClass" label="登记的保管期限" extra="实际适用各项规则中最长者：作为证据的音像记录随案永久保存。">
              <Select options={CLASSES} />
            </Form.Item>
          )}
          <Form.Item name="reason" label="理由" rules={[{ required: true, min: 2, message: '请填写理由' }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
};
