import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Col, DatePicker, Form, Input, Modal, Radio, Row, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { isApiError, messageOf } from '../../app/api/client.ts';
import type { AgencyItem, OfficerDetail, RegistryOptions } from '../../app/api/types.ts';
import { useCan } from '../../app/current-user.tsx';
import { createOfficer, fetchAgencyAccounts, registryKeys, updateOfficer } from './api.ts';
import { GENDER_OPTIONS } from './labels.ts';
import { changesSomething, createBodyOf, fieldOfError, type OfficerValues, updateBodyOf, valuesOf } from './officer-form.ts';

type Props = {
  open: boolean;
  /** The officer being edited; none for a new registration. */
  officer?: OfficerDetail;
  agencies: AgencyItem[];
  options: RegistryOptions | undefined;
  /** An agency head registers officers of their own agency only. */
  fixedAgencyId?: string;
  onClose: () => void;
  onSaved: (saved: OfficerDetail) => void;
};

/** Stable ids for browser tests: #officer-agency, #officer-name, #officer-certificate-no, #officer-validity, #officer-fields … */
export const OfficerFormModal = ({ open, officer, agencies, options, fixedAgencyId, onClose, onSaved }: Props) => {
  const can = useCan();
  const [form] = Form.useForm<OfficerValues>();
  const editing = Boolean(officer);
  const agencyId = Form.useWatch('agencyId', form) ?? officer?.agencyId ?? fixedAgencyId;
  const agency = agencies.find((a) => a.id === agencyId);
  // A new officer usually works in their agency's field: offered as the default, changeable.
  const fieldOf = (id?: string) => {
    const field = agencies.find((a) => a.id === id)?.field;
    return field ? [field] : undefined;
  };
  const accounts = useQuery({
    queryKey: registryKeys.accounts(agencyId ?? ''),
    queryFn: () => fetchAgencyAccounts(agencyId!),
    enabled: open && Boolean(agencyId),
    staleTime: 60_000,
  });

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      officer
        ? valuesOf(officer)
        : {
            agencyId: fixedAgencyId,
            gender: 'male',
            fields: fieldOf(fixedAgencyId),
            legalQualification: false,
            isLegalReviewer: false,
            effectiveOn: dayjs(),
          },
    );
    // Filled once when the form opens; the agencies arriving later must not reset what was typed.
  }, [open, officer, fixedAgencyId, form]);

  const save = useMutation({
    mutationFn: async (values: OfficerValues) => {
      if (!officer) return createOfficer(createBodyOf(values));
      const body = updateBodyOf(values, officer);
      if (!changesSomething(body)) throw new Error('没有要修改的内容');
      return updateOfficer(officer.id, body);
    },
    onSuccess: onSaved,
    onError: (error) => {
      const field = isApiError(error) ? fieldOfError(error.code) : null;
      if (field) form.setFields([{ name: field, errors: [messageOf(error)] }]);
    },
  });

  return (
    <Modal
      title={editing ? `编辑执法人员：${officer!.name}` : '登记执法人员'}
      open={open}
      width={760}
      okText={editing ? '保存' : '登记'}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      onCancel={onClose}
      afterClose={() => save.reset()}
      destroyOnHidden
    >
      {save.isError && <Alert type="error" showIcon title={messageOf(save.error)} style={{ marginBottom: 16 }} data-testid="officer-form-error" />}
      <Form<OfficerValues>
        form={form}
        layout="vertical"
        onFinish={(values) => save.mutate(values)}
        onValuesChange={(changed: Partial<OfficerValues>) => {
          if ('agencyId' in changed) form.setFieldsValue({ unitId: undefined, accountId: undefined, fields: fieldOf(changed.agencyId ?? undefined) });
        }}
        scrollToFirstError
      >
        <Row gutter={16}>
          {!editing && !fixedAgencyId && (
            <Col span={24}>
              <Form.Item name="agencyId" label="执法主体" htmlFor="officer-agency" rules={[{ required: true, message: '请选择执法主体' }]}>
                <Select
                  id="officer-agency"
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder="选择执法主体"
                  options={agencies.filter((a) => !a.isSupervisor || can('officer.read-wide')).map((a) => ({ value: a.id, label: a.name }))}
                />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={8}>
            <Form.Item name="name" label="姓名" htmlFor="officer-name" rules={[{ required: true, whitespace: true, message: '请输入姓名' }, { min: 2, max: 30, message: '姓名2至30个字' }]}>
              <Input id="officer-name" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="gender" label="性别" rules={[{ required: true, message: '请选择性别' }]}>
              <Radio.Group optionType="button" options={GENDER_OPTIONS.map((g) => ({ ...g }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="post" label="职务" htmlFor="officer-post" rules={[{ max: 40 }]}>
              <Input id="officer-post" placeholder="如：执法队员" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="unitId" label="内设机构" htmlFor="officer-unit">
              <Select
                id="officer-unit"
                allowClear
                placeholder={agency ? '选择内设机构' : '请先选择执法主体'}
                disabled={!agency}
                options={(agency?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="fields" label="执法领域" htmlFor="officer-fields" rules={[{ required: true, message: '请至少选择一个执法领域' }]}>
              <Select id="officer-fields" mode="multiple" placeholder="选择执法领域" options={(options?.fields ?? []).map((f) => ({ value: f.code, label: f.label }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="certificateNo"
              label="执法证号"
              htmlFor="officer-certificate-no"
              extra="按证件原样填写；同一发证机关的证号不能重复。"
              rules={[{ required: true, whitespace: true, message: '请输入执法证号' }, { max: 40 }]}
            >
              <Input id="officer-certificate-no" autoComplete="off" style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="certificateIssuer" label="发证机关" htmlFor="officer-issuer" rules={[{ required: true, whitespace: true, message: '请输入发证机关' }, { max: 60 }]}>
              <Input id="officer-issuer" placeholder="如：某省人民政府" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="validity"
              label="有效期"
              htmlFor="officer-validity"
              rules={[
                { required: true, message: '请选择有效期起止日期' },
                {
                  validator: async (_, value?: OfficerValues['validity']) => {
                    if (!value?.[0] || !value?.[1]) throw new Error('请选择有效期起止日期');
                    if (value[0].isAfter(value[1], 'day')) throw new Error('起始日不能晚于截止日');
                  },
                },
              ]}
            >
              <DatePicker.RangePicker id={{ start: 'officer-validity', end: 'officer-validity-end' }} style={{ width: '100%' }} placeholder={['起始日', '截止日']} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="legalQualification" label="法律职业资格" valuePropName="checked">
              <Switch id="officer-legal-qualification" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="isLegalReviewer" label="法制审核人员" valuePropName="checked">
              <Switch id="officer-reviewer" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="idNumber"
              label="身份证号"
              htmlFor="officer-id-number"
              extra={officer?.idNumberMasked ? `已登记 ${officer.idNumberMasked}；如需更正请重新输入。加密保存，不公开。` : '加密保存，任何页面只显示脱敏值，不公开。'}
              rules={[{ pattern: /^\s*\d{17}[\dXx]\s*$/, message: '身份证号应为18位' }]}
            >
              <Input id="officer-id-number" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="phone"
              label="联系电话"
              htmlFor="officer-phone"
              extra={officer?.phoneMasked ? `已登记 ${officer.phoneMasked}；如需更正请重新输入。不公开。` : '不公开。'}
              rules={[{ pattern: /^[0-9+\-() ]{5,20}$/, message: '电话号码格式不正确' }]}
            >
              <Input id="officer-phone" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="accountId" label="工作台账户" htmlFor="officer-account" extra="执法人员用以登录本系统办理案件的账户，须为同一执法主体的账户。">
              <Select
                id="officer-account"
                allowClear
                disabled={!agencyId}
                loading={accounts.isFetching}
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="不关联账户"
                options={(accounts.data?.items ?? []).map((a) => ({ value: a.id, label: `${a.displayName}（${a.username}）` }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="effectiveOn" label={editing ? '变更生效日期' : '登记生效日期'} htmlFor="officer-effective-on" extra="默认今天；不能晚于今天。">
              <DatePicker id="officer-effective-on" style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="reason" label={editing ? '变更原因' : '依据或说明'} htmlFor="officer-reason" rules={[{ max: 500 }]}>
              <Input id="officer-reason" placeholder={editing ? '如：换发新证、职务调整' : '如：新录用、调入'} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
};
