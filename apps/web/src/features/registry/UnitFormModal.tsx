import { useMutation } from '@tanstack/react-query';
import { Alert, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { messageOf } from '../../app/api/client.ts';
import type { AgencyItem, AgencyUnit } from '../../app/api/types.ts';
import { createUnit, updateUnit } from './api.ts';

type Values = { name?: string; address?: string; phone?: string; reason?: string };
type Props = { agency: AgencyItem | null; unit?: AgencyUnit; onClose: () => void; onSaved: () => void };

const text = (v?: string) => v?.trim() || undefined;

/** 新增 or 变更 an internal enforcement unit (name, address, phone). */
export const UnitFormModal = ({ agency, unit, onClose, onSaved }: Props) => {
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (!agency) return;
    form.resetFields();
    form.setFieldsValue(unit ? { name: unit.name, address: unit.address ?? undefined, phone: unit.phone ?? undefined } : {});
  }, [agency, unit, form]);
  const save = useMutation({
    mutationFn: (v: Values) =>
      unit
        ? updateUnit(agency!.id, unit.id, {
            ...(text(v.name) !== unit.name ? { name: text(v.name) } : {}),
            ...((text(v.address) ?? null) !== unit.address ? { address: text(v.address) ?? null } : {}),
            ...((text(v.phone) ?? null) !== unit.phone ? { phone: text(v.phone) ?? null } : {}),
            reason: text(v.reason),
          })
        : createUnit(agency!.id, { name: text(v.name) ?? '', address: text(v.address), phone: text(v.phone), reason: text(v.reason) }),
    onSuccess: onSaved,
  });
  return (
    <Modal
      title={unit ? `变更内设机构：${unit.name}` : `新增内设机构：${agency?.name ?? ''}`}
      open={agency !== null}
      okText="保存"
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      onCancel={onClose}
      afterClose={() => save.reset()}
      destroyOnHidden
    >
      {save.isError && <Alert type="error" showIcon title={messageOf(save.error)} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="name" label="机构名称" htmlFor="unit-name" rules={[{ required: true, whitespace: true, message: '请输入机构名称' }, { min: 2, max: 60 }]}>
          <Input id="unit-name" autoComplete="off" />
        </Form.Item>
        <Form.Item name="address" label="地址" htmlFor="unit-address" rules={[{ max: 200 }]}>
          <Input id="unit-address" autoComplete="off" />
        </Form.Item>
        <Form.Item name="phone" label="电话" htmlFor="unit-phone" rules={[{ max: 40 }]}>
          <Input id="unit-phone" autoComplete="off" />
        </Form.Item>
        <Form.Item name="reason" label="原因" htmlFor="unit-reason" rules={[{ max: 500 }]}>
          <Input id="unit-reason" autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
