import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Col, Divider, Flex, Form, type FormInstance, Input, InputNumber, Radio, Row, Select } from 'antd';
import type { ItemValues } from './item-form.ts';
import { APPLIES_TO_LABELS, ITEM_KIND_LABELS, LEGAL_REVIEW_LABELS, options, PENALTY_KIND_LABELS, TARGET_TYPE_LABELS } from './labels.ts';

type Props = {
  form: FormInstance<ItemValues>;
  initialValues: ItemValues;
  agencies?: Array<{ id: string; name: string }>;
  creating: boolean;
  submitting: boolean;
  error: string | null;
  onSubmit: (values: ItemValues) => void;
  onCancel: () => void;
};

const yuan = { min: 0, max: 1_000_000_000, precision: 2, style: { width: '100%' }, suffix: '元' } as const;

/** Stable ids: #item-code, #item-name, #item-kind-select, #item-procedure, #item-basis, #item-statutory-days. */
export const ItemForm = ({ form, initialValues, agencies, creating, submitting, error, onSubmit, onCancel }: Props) => {
  const kind = Form.useWatch('kind', form);
  const procedure = Form.useWatch('procedure', form);
  const penalty = kind === 'penalty';
  const simple = penalty && procedure === 'simple';
  return (
    <Form<ItemValues>
      form={form}
      initialValues={initialValues}
      layout="vertical"
      onFinish={onSubmit}
      scrollToFirstError
      data-testid="item-form"
      onValuesChange={(changed: Partial<ItemValues>) => {
        // 行政许可法 第八十二条 counts in working days, 处罚法 第六十条 in calendar days: follow the kind until a limit is typed.
        if (changed.kind && !form.getFieldValue('statutoryDays')) form.setFieldValue('dayKind', changed.kind === 'penalty' ? 'calendar' : 'working');
      }}
    >
      {creating && agencies && (
        <Form.Item name="agencyId" label="所属执法主体" rules={[{ required: true, message: '请选择执法主体' }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} placeholder="选择执法主体" options={agencies.map((a) => ({ value: a.id, label: a.name }))} />
        </Form.Item>
      )}
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name="code" label="事项编码" htmlFor="item-code" rules={[{ required: true, whitespace: true, message: '请输入编码' }, { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, message: '1–40位字母、数字、点、下划线或连字符' }]}>
            <Input id="item-code" placeholder="如 JXSJ-CF-010" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="name" label="事项名称" htmlFor="item-name" rules={[{ required: true, whitespace: true, message: '请输入事项名称' }, { max: 200 }]}>
            <Input id="item-name" placeholder="如 对生产经营超过保质期食品的处罚" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="kind" label="类别" htmlFor="item-kind-select" rules={[{ required: true }]}>
            <Select id="item-kind-select" options={options(ITEM_KIND_LABELS)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="targetTypes" label="适用对象" rules={[{ required: true, message: '至少选择一类对象' }]}>
            <Checkbox.Group options={options(TARGET_TYPE_LABELS)} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="legalBasisText"
        label="实施依据"
        htmlFor="item-basis"
        extra="每行一条，写到条、款、项，如《中华人民共和国食品安全法》第一百二十四条第一款第（五）项。保存时逐条与法律法规库核对，找不到的条文会被指出。"
        rules={[{ required: true, whitespace: true, message: '至少填写一项法律依据' }]}
      >
        <Input.TextArea id="item-basis" rows={3} />
      </Form.Item>

      {penalty && (
        <>
          <Divider titlePlacement="start">处罚种类和幅度</Divider>
          <Form.List name="penalties">
            {(fields, { add, remove }) => (
              <Flex vertical gap={4}>
                {fields.map(({ key, name }) => (
                  <PenaltyRow key={key} form={form} index={name} onRemove={() => remove(name)} />
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'fine', appliesTo: 'any' })}>
                  添加处罚种类
                </Button>
              </Flex>
            )}
          </Form.List>
          <Row gutter={12} style={{ marginTop: 16 }}>
            <Col xs={24} md={10}>
              <Form.Item name="procedure" label="程序" htmlFor="item-procedure">
                <Radio.Group id="item-procedure" options={[{ value: 'general', label: '一般程序' }, { value: 'simple', label: '简易程序' }]} />
              </Form.Item>
            </Col>
            {!simple && (
              <Col xs={24} md={14}>
                <Form.Item name="legalReview" label="法制审核">
                  <Radio.Group options={options(LEGAL_REVIEW_LABELS)} />
                </Form.Item>
              </Col>
            )}
          </Row>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title="简易程序只适用于警告，或对公民200元以下、对法人或者其他组织3,000元以下罚款的事项（《行政处罚法》第五十一条）。" />
        </>
      )}

      <Divider titlePlacement="start">办理时限</Divider>
      <Row gutter={12}>
        <Col xs={12} md={8}>
          <Form.Item name="statutoryDays" label="法定时限" htmlFor="item-statutory-days" extra={simple ? '简易程序当场作出决定，可不填' : penalty ? '留空为立案之日起90日' : kind === 'licensing' ? '留空为20个工作日' : undefined}>
            <InputNumber id="item-statutory-days" min={1} max={3650} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="dayKind" label="计算方式">
            <Select options={[{ value: 'working', label: '工作日' }, { value: 'calendar', label: '自然日' }]} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="promisedDays" label="承诺时限">
            <InputNumber min={1} max={3650} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">救济渠道</Divider>
      <Row gutter={12}>
        <Col xs={24} md={16}>
          <Form.Item name="reconsiderationOrgan" label="行政复议机关" extra="留空为本机关所在地人民政府">
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="reconsiderationDays" label="申请期限（日）" extra="不少于60日（《行政复议法》第二十条）">
            <InputNumber min={60} max={3650} precision={0} placeholder="60" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="litigationCourt" label="管辖法院" extra="留空为本机关所在地人民法院">
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="litigationMonths" label="起诉期限（月）" extra="一般为6个月（《行政诉讼法》第四十六条）">
            <InputNumber min={1} max={120} precision={0} placeholder="6" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">服务指南{kind === 'licensing' ? '（行政许可必填）' : ''}</Divider>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="acceptingBody" label="受理机构">
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="approvingBody" label="审批机构">
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="conditions" label="受理条件">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.List name="materials">
        {(fields, { add, remove }) => (
          <Form.Item label="申请材料">
            <Flex vertical gap={4}>
              {fields.map(({ key, name }) => (
                <Flex key={key} gap={8} align="baseline">
                  <Form.Item name={[name, 'name']} style={{ flex: 1, marginBottom: 0 }} rules={[{ required: true, whitespace: true, message: '请填写材料名称' }]}>
                    <Input placeholder="材料名称" />
                  </Form.Item>
                  <Form.Item name={[name, 'copies']} style={{ width: 90, marginBottom: 0 }}>
                    <InputNumber min={1} max={99} placeholder="份数" style={{ width: '100%' }} />
                  </Form.Item>
                  <MinusCircleOutlined aria-label="删除材料" onClick={() => remove(name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '' })}>
                添加材料
              </Button>
            </Flex>
          </Form.Item>
        )}
      </Form.List>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <Form.Item name="location" label="办理地点">
            <Input />
          </Form.Item>
        </Col>
        <Col xs={12} md={7}>
          <Form.Item name="phone" label="咨询电话">
            <Input />
          </Form.Item>
        </Col>
        <Col xs={12} md={7}>
          <Form.Item name="fee" label="收费标准">
            <Input />
          </Form.Item>
        </Col>
      </Row>

      {error && <Alert type="error" showIcon title={error} data-testid="item-error" style={{ marginBottom: 16 }} />}
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={submitting}>
          保存
        </Button>
        <Button onClick={onCancel}>取消</Button>
      </Flex>
    </Form>
  );
};

const PenaltyRow = ({ form, index, onRemove }: { form: FormInstance<ItemValues>; index: number; onRemove: () => void }) => {
  const kind = Form.useWatch(['penalties', index, 'kind'], form);
  const openTop = Form.useWatch(['penalties', index, 'openTop'], form);
  const fine = kind === 'fine';
  return (
    <Flex gap={8} wrap align="baseline" style={{ padding: '8px 8px 0', background: '#fafafa', borderRadius: 6 }}>
      <Form.Item name={[index, 'kind']} style={{ width: 190 }} rules={[{ required: true }]}>
        <Select options={options(PENALTY_KIND_LABELS)} aria-label="处罚种类" />
      </Form.Item>
      <Form.Item name={[index, 'appliesTo']} style={{ width: 150 }}>
        <Select options={options(APPLIES_TO_LABELS)} aria-label="适用对象" />
      </Form.Item>
      {fine && (
        <>
          <Form.Item name={[index, 'minYuan']} style={{ width: 170 }} rules={[{ required: true, message: '最低额' }]}>
            <InputNumber {...yuan} placeholder="最低" aria-label="最低罚款额" />
          </Form.Item>
          <Form.Item
            name={[index, 'maxYuan']}
            style={{ width: 170 }}
            dependencies={[['penalties', index, 'minYuan'], ['penalties', index, 'openTop']]}
            rules={[
              { required: !openTop, message: '最高额' },
              ({ getFieldValue }) => ({
                validator: async (_, value?: number | null) => {
                  const min = getFieldValue(['penalties', index, 'minYuan']) as number | undefined;
                  if (!openTop && value !== undefined && value !== null && min !== undefined && min !== null && min > value) throw new Error('最低额高于最高额');
                },
              }),
            ]}
          >
            <InputNumber {...yuan} placeholder="最高" disabled={openTop} aria-label="最高罚款额" />
          </Form.Item>
          <Form.Item name={[index, 'openTop']} valuePropName="checked">
            <Checkbox>按倍数计算</Checkbox>
          </Form.Item>
        </>
      )}
      <Form.Item name={[index, 'note']} style={{ flex: 1, minWidth: 200 }}>
        <Input placeholder={fine ? '幅度说明，如 货值金额十倍以上二十倍以下' : '说明（可选）'} />
      </Form.Item>
      <MinusCircleOutlined aria-label="删除处罚种类" onClick={onRemove} />
    </Flex>
  );
};
