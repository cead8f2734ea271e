import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Col, DatePicker, Divider, Flex, Form, Input, Modal, Row, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { isApiError, messageOf } from '../../app/api/client.ts';
import type { AgencyItem, RegistryOptions } from '../../app/api/types.ts';
import { createAgency, updateAgency } from './api.ts';
import { type AgencyValues, agencyFieldOfError, agencyValuesOf, createAgencyBodyOf, updateAgencyBodyOf } from './agency-form.ts';

type Props = {
  open: boolean;
  agency?: AgencyItem;
  agencies: AgencyItem[];
  options: RegistryOptions | undefined;
  onClose: () => void;
  onSaved: (a: AgencyItem) => void;
};

/** 登记 or 变更 an agency. Stable ids: #agency-name, #agency-short-name, #agency-kind, #agency-credit-code … */
export const AgencyFormModal = ({ open, agency, agencies, options, onClose, onSaved }: Props) => {
  const [form] = Form.useForm<AgencyValues>();
  const kind = Form.useWatch('kind', form);
  const editing = Boolean(agency);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(agency ? agencyValuesOf(agency) : { kind: 'statutory', isSupervisor: false, units: [{}], effectiveOn: dayjs() });
  }, [open, agency, form]);

  const save = useMutation({
    mutationFn: async (v: AgencyValues) => {
      if (!agency) return createAgency(createAgencyBodyOf(v));
      const body = updateAgencyBodyOf(v, agency);
      if (Object.keys(body).every((k) => k === 'effectiveOn' || k === 'reason')) throw new Error('没有要修改的内容');
      return updateAgency(agency.id, body);
    },
    onSuccess: onSaved,
    onError: (error) => {
      const field = isApiError(error) ? agencyFieldOfError(error.code) : null;
      if (field) form.setFields([{ name: field, errors: [messageOf(error)] }]);
    },
  });
  const others = agencies.filter((a) => a.id !== agency?.id);

  return (
    <Modal
      title={editing ? `变更执法主体：${agency!.name}` : '登记执法主体'}
      open={open}
      width={800}
      okText={editing ? '保存' : '登记'}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      onCancel={onClose}
      afterClose={() => save.reset()}
      destroyOnHidden
    >
      {save.isError && <Alert type="error" showIcon title={messageOf(save.error)} style={{ marginBottom: 16 }} data-testid="agency-form-error" />}
      <Form<AgencyValues> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} scrollToFirstError>
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item name="name" label="主体名称" htmlFor="agency-name" rules={[{ required: true, whitespace: true, message: '请输入主体名称' }, { min: 4, max: 60 }]}>
              <Input id="agency-name" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="shortName" label="简称" htmlFor="agency-short-name" extra="用于文书编号，如“甲县市监”" rules={[{ required: true, whitespace: true, message: '请输入简称' }, { min: 2, max: 20 }]}>
              <Input id="agency-short-name" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label="主体类别" htmlFor="agency-kind" rules={[{ required: true }]}>
              <Select id="agency-kind" options={(options?.kinds ?? []).map((k) => ({ value: k.code, label: k.label }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="entrustingAgencyId"
              label="委托机关"
              htmlFor="agency-entrusting"
              extra="受委托组织以委托机关名义实施行政处罚，且不得再委托（《行政处罚法》第二十条）。"
              rules={[{ required: kind === 'entrusted', message: '受委托组织须选择委托机关' }]}
            >
              <Select
                id="agency-entrusting"
                allowClear
                disabled={kind !== 'entrusted'}
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={kind === 'entrusted' ? '选择委托机关' : '仅受委托组织填写'}
                options={others.filter((a) => a.kind !== 'entrusted').map((a) => ({ value: a.id, label: a.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="creditCode" label="统一社会信用代码" htmlFor="agency-credit-code" rules={[{ required: true, whitespace: true, message: '请输入统一社会信用代码' }]}>
              <Input id="agency-credit-code" maxLength={18} style={{ fontFamily: 'monospace', textTransform: 'uppercase' }} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="field" label="执法领域" htmlFor="agency-field" rules={[{ required: true, message: '请选择执法领域' }]}>
              <Select id="agency-field" options={(options?.fields ?? []).map((f) => ({ value: f.code, label: f.label }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="level" label="层级" htmlFor="agency-level" rules={[{ required: true, message: '请选择层级' }]}>
              <Select id="agency-level" options={(options?.levels ?? []).map((l) => ({ value: l.code, label: l.label }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="regionId" label="管辖区域" htmlFor="agency-region" rules={[{ required: true, message: '请选择管辖区域' }]}>
              <Select id="agency-region" showSearch={{ optionFilterProp: 'label' }} options={(options?.regions ?? []).map((r) => ({ value: r.id, label: `${r.name}（${r.code}）` }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="parentId" label="上级机关" htmlFor="agency-parent">
              <Select id="agency-parent" allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="无" options={others.map((a) => ({ value: a.id, label: a.name }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="address" label="办公地址" htmlFor="agency-address" rules={[{ max: 200 }]}>
              <Input id="agency-address" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="phone" label="联系电话" htmlFor="agency-phone" rules={[{ max: 40 }]}>
              <Input id="agency-phone" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="legalBasis" label="职权依据" htmlFor="agency-legal-basis" extra="设立及执法权限的法律、法规、规章或“三定”规定" rules={[{ max: 2000 }]}>
              <Input.TextArea id="agency-legal-basis" rows={3} maxLength={2000} showCount />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="isSupervisor" label="执法监督机关（司法行政部门）" valuePropName="checked" extra="执法监督人员可查阅其管辖区域内各执法主体的案件与人员。">
              <Switch id="agency-supervisor" />
            </Form.Item>
          </Col>
        </Row>
        {!editing && (
          <>
            <Divider titlePlacement="start" plain>
              内设执法机构
            </Divider>
            <Form.List name="units">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Flex key={field.key} gap={8} align="baseline">
                      <Form.Item name={[field.name, 'name']} rules={[{ min: 2, max: 60, message: '机构名称2至60个字' }]} style={{ flex: 2 }}>
                        <Input placeholder="机构名称，如 执法稽查大队" />
                      </Form.Item>
                      <Form.Item name={[field.name, 'address']} style={{ flex: 2 }}>
                        <Input placeholder="地址" />
                      </Form.Item>
                      <Form.Item name={[field.name, 'phone']} style={{ flex: 1 }}>
                        <Input placeholder="电话" />
                      </Form.Item>
                      <MinusCircleOutlined aria-label="删除此机构" onClick={() => remove(field.name)} />
                    </Flex>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block style={{ marginBottom: 16 }}>
                    添加内设执法机构
                  </Button>
                </>
              )}
            </Form.List>
          </>
        )}
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item name="effectiveOn" label="生效日期" htmlFor="agency-effective-on" extra="默认今天；不能晚于今天。">
              <DatePicker id="agency-effective-on" style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="reason" label={editing ? '变更原因' : '依据或说明'} htmlFor="agency-reason" rules={[{ max: 500 }]}>
              <Input id="agency-reason" autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
};
