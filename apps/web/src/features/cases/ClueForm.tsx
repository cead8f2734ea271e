import { Alert, Button, Col, DatePicker, Flex, Form, Input, Row, Select, Tag, Typography } from 'antd';
import type { FormInstance } from 'antd';
import type { CaseSource, HandlerOption, PartyOption, RegisterClueBody } from '../../app/api/types.ts';
import { PartySelect } from './PartySelect.tsx';
import { bodyOf, type ClueValues } from './clue-form.ts';
import { SOURCE_DETAIL_HINTS, SOURCE_LABELS } from './labels.ts';
import { todayPlain } from '../../app/format.ts';

type Props = {
  form: FormInstance<ClueValues>;
  parties: { items: PartyOption[]; loading: boolean };
  /** Officers who may handle a case today, the registering officer excluded (they lead). */
  coHandlers: { items: HandlerOption[]; loading: boolean };
  submitting: boolean;
  error: string | null;
  onSubmit: (body: RegisterClueBody) => void;
  onCancel: () => void;
};

const sourceOptions = (Object.entries(SOURCE_LABELS) as Array<[CaseSource, string]>).map(([value, label]) => ({ value, label }));

/** Stable ids for browser tests: #clue-title, #clue-source, #clue-source-detail, #clue-description, #clue-party, #clue-occurred-on, #clue-place, #clue-co-handlers. */
export const ClueForm = ({ form, parties, coHandlers, submitting, error, onSubmit, onCancel }: Props) => {
  const source = Form.useWatch('source', form);
  return (
    <Form<ClueValues> form={form} layout="vertical" onFinish={(values) => onSubmit(bodyOf(values))} data-testid="clue-form" scrollToFirstError>
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item
            name="title"
            label="案由"
            htmlFor="clue-title"
            extra="写明当事人及涉嫌的违法行为，如“××公司涉嫌销售过期食品案”。"
            rules={[
              { required: true, whitespace: true, message: '请输入案由' },
              { min: 4, message: '案由至少4个字', transform: (v: string) => v?.trim() },
              { max: 120, message: '案由最多120个字' },
            ]}
          >
            <Input id="clue-title" maxLength={120} showCount autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="source" label="案件来源" htmlFor="clue-source" rules={[{ required: true, message: '请选择案件来源' }]}>
            <Select id="clue-source" placeholder="选择来源" options={sourceOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item name="sourceDetail" label="来源说明" htmlFor="clue-source-detail" rules={[{ max: 500, message: '来源说明最多500个字' }]}>
            <Input id="clue-source-detail" maxLength={500} placeholder={source ? SOURCE_DETAIL_HINTS[source] : '先选择案件来源'} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="description"
            label="线索内容"
            htmlFor="clue-description"
            extra="如实记录发现的情况：时间、地点、现象及已掌握的材料。"
            rules={[
              { required: true, whitespace: true, message: '请填写线索内容' },
              { min: 10, message: '线索内容至少10个字', transform: (v: string) => v?.trim() },
              { max: 5000, message: '线索内容最多5000个字' },
            ]}
          >
            <Input.TextArea id="clue-description" rows={5} maxLength={5000} showCount />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item name="partyId" label="当事人" htmlFor="clue-party" extra="尚不明确的可暂不选择。">
            <PartySelect id="clue-party" allowClear parties={parties.items} loading={parties.loading} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item
            name="occurredOn"
            label="违法行为发生日"
            htmlFor="clue-occurred-on"
            extra="用于计算追责时效（《行政处罚法》第三十六条）。"
          >
            <DatePicker
              id="clue-occurred-on"
              style={{ width: '100%' }}
              placeholder="选择日期（可不填）"
              disabledDate={(day) => day.format('YYYY-MM-DD') > todayPlain()}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="place" label="地点" htmlFor="clue-place" rules={[{ max: 200, message: '地点最多200个字' }]}>
            <Input id="clue-place" maxLength={200} placeholder="违法行为发生地或发现地" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="coHandlerAccountIds"
            label="其他承办人"
            htmlFor="clue-co-handlers"
            extra="您为主办人。《行政处罚法》第四十二条规定执法人员不得少于两人，调查取证前须至少再指定一名承办人。仅列出本机关执法证有效的执法人员。"
            rules={[
              {
                warningOnly: true,
                validator: async (_, value?: string[]) => {
                  if (!value?.length) throw new Error('尚未指定其他承办人');
                },
              },
            ]}
          >
            <Select
              id="clue-co-handlers"
              mode="multiple"
              allowClear
              maxCount={5}
              placeholder="选择本机关执法人员（最多5人）"
              loading={coHandlers.loading}
              showSearch={{ filterOption: (input, option) => (option?.search ?? '').includes(input.trim().toLowerCase()) }}
              options={coHandlers.items.map((h) => ({
                value: h.accountId,
                label: h.name,
                search: `${h.name} ${h.certificateNo} ${h.unitName ?? ''}`.toLowerCase(),
                handler: h,
              }))}
              optionRender={({ data }) => (
                <Flex justify="space-between" gap={8} wrap>
                  <span>
                    {data.handler.name}
                    {data.handler.unitName && (
                      <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                        {data.handler.unitName}
                      </Typography.Text>
                    )}
                  </span>
                  <span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      执法证号 {data.handler.certificateNo}
                    </Typography.Text>
                    {data.handler.expiresSoon && (
                      <Tag color="orange" style={{ marginInlineStart: 8, marginInlineEnd: 0 }}>
                        即将到期
                      </Tag>
                    )}
                  </span>
                </Flex>
              )}
            />
          </Form.Item>
        </Col>
      </Row>
      {error && <Alert type="error" showIcon title={error} data-testid="clue-error" style={{ marginBottom: 16 }} />}
      <Flex gap={8} style={{ marginTop: 8 }}>
        <Button type="primary" htmlType="submit" loading={submitting}>
          登记
        </Button>
        <Button onClick={onCancel}>取消</Button>
      </Flex>
    </Form>
  );
};
