import { useMutation } from '@tanstack/react-query';
import { Alert, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { messageOf } from '../../app/api/client.ts';
import { createInspectionItem, updateInspectionItem } from './api.ts';
import { citationsOf } from './item-form.ts';
import { METHOD_LABELS, options, PERIOD_LABELS } from './labels.ts';
import type { InspectionItem, InspectionMethod, InspectionPeriod } from './types.ts';

type Values = {
  agencyId?: string;
  code: string;
  name: string;
  legalBasisText: string;
  targetType: string;
  population: string;
  ratioPercent: number;
  period: InspectionPeriod;
  methods: InspectionMethod[];
  inspectingBody: string;
  note?: string;
};

type Props = { open: boolean; editing: InspectionItem | null; agencies?: Array<{ id: string; name: string }>; onClose: () => void; onSaved: (saved: InspectionItem) => void };

/** 随机抽查事项: the ratio is typed in percent (two decimals) and sent as integer basis points. */
export const InspectionFormModal = ({ open, editing, agencies, onClose, onSaved }: Props) => {
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        ...(v.agencyId ? { agencyId: v.agencyId } : {}),
        code: v.code.trim(),
        name: v.name.trim(),
        legalBasis: citationsOf(v.legalBasisText),
        targetType: v.targetType.trim(),
        population: v.population.trim(),
        ratioBp: Math.round(v.ratioPercent * 100),
        period: v.period,
        methods: v.methods,
        inspectingBody: v.inspectingBody.trim(),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      };
      return editing ? updateInspectionItem(editing.id, body) : createInspectionItem(body);
    },
    onSuccess: onSaved,
  });
  const initial: Partial<Values> = editing
    ? {
        code: editing.code,
        name: editing.name,
        legalBasisText: editing.legalBasis.map((b) => b.citation).join('\n'),
        targetType: editing.targetType,
        population: editing.population,
        ratioPercent: editing.ratioBp / 100,
        period: editing.period,
        methods: editing.methods,
        inspectingBody: editing.inspectingBody,
        note: editing.note ?? undefined,
      }
    : { period: 'yearly', methods: ['on-site'], ratioPercent: 5 };

  return (
    <Modal
      title={editing ? `编辑随机抽查事项：${editing.code}` : '新增随机抽查事项'}
      open={open}
      width={760}
      okText="保存"
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      onCancel={onClose}
      afterClose={() => save.reset()}
      destroyOnHidden
    >
      {save.isError && <Alert type="error" showIcon title={messageOf(save.error)} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)} preserve={false}>
        {!editing && agencies && (
          <Form.Item name="agencyId" label="所属执法主体" rules={[{ required: true, message: '请选择执法主体' }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={agencies.map((a) => ({ value: a.id, label: a.name }))} />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name="code" label="编码" rules={[{ required: true, whitespace: true }, { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, message: '1–40位字母、数字、点、下划线或连字符' }]}>
              <Input id="inspection-code" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="name" label="抽查事项" rules={[{ required: true, whitespace: true }]}>
              <Input id="inspection-name" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="legalBasisText" label="抽查依据" extra="每行一条条文引用，保存时与法律法规库核对。" rules={[{ required: true, whitespace: true, message: '至少填写一项依据' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="targetType" label="抽查对象" rules={[{ required: true, whitespace: true }]}>
              <Input placeholder="如 食品经营者" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="inspectingBody" label="抽查主体" rules={[{ required: true, whitespace: true }]}>
              <Input placeholder="如 执法稽查大队" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="population" label="抽查对象基数" rules={[{ required: true, whitespace: true }]}>
          <Input placeholder="如 辖区内取得食品经营许可证的经营者，约1,260户" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={6}>
            <Form.Item name="ratioPercent" label="抽查比例" rules={[{ required: true }]}>
              <InputNumber min={0.01} max={100} precision={2} suffix="%" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="period" label="抽查周期" rules={[{ required: true }]}>
              <Select options={options(PERIOD_LABELS)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="methods" label="抽查方式" rules={[{ required: true, message: '至少选择一种方式' }]}>
              <Select mode="multiple" options={options(METHOD_LABELS)} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label="备注">
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
};
