import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { PENALTY_KIND_LABELS } from '@sanxiang/domain/items/catalog';
import { DISCRETION_LABELS } from '@sanxiang/domain/cases/draft-decision';
import { Button, Checkbox, Col, Divider, Flex, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import { choicesOf } from './labels.ts';

const text = (label: string, min: number, max: number) => [
  { required: true, whitespace: true, message: `请填写${label}` },
  { min, message: `${label}至少${min}个字`, transform: (v: string) => v?.trim() },
  { max, message: `${label}最多${max}个字` },
];

/** 处罚法 第五十八条第一款: circumstances the unit states (经过听证程序 comes from the record itself). */
const CIRCUMSTANCES = [
  ['majorPublicInterest', '涉及重大公共利益（第一项）'],
  ['majorSocialImpact', '可能造成重大社会影响或者引发社会风险（第一项）'],
  ['majorRightsOfParties', '直接关系当事人或者第三人重大权益（第二项）'],
  ['complexOrSeveralRelations', '案件情况疑难复杂、涉及多个法律关系（第三项）'],
] as const;

const kinds = choicesOf(PENALTY_KIND_LABELS);
const levels = choicesOf(DISCRETION_LABELS);

/**
 * 拟处理意见: outcome, facts, evidence, violated provisions, basis, penalty lines (kind + amount in 元), discretion and the
 * 第五十八条 circumstances. Fields live under `name` in the act's form; ids `<act>_<name>_<field>`.
 */
export const DraftEditor = ({ name, act }: { name: string; act: string }) => {
  const outcome = Form.useWatch([name, 'outcome']);
  const id = (field: string) => `${act}_${name}_${field}`;
  return (
    <div data-testid="draft-editor">
      <Divider titlePlacement="start" style={{ marginTop: 0 }}>
        拟处理意见
      </Divider>
      <Form.Item name={[name, 'outcome']} label="处理意见" rules={[{ required: true }]}>
        <Radio.Group id={id('outcome')} options={[{ value: 'penalty', label: '给予行政处罚' }, { value: 'no-penalty', label: '不予行政处罚' }]} />
      </Form.Item>
      <Form.Item name={[name, 'facts']} label="违法事实" htmlFor={id('facts')} rules={text('违法事实', 10, 5000)} extra="时间、地点、行为及后果。">
        <Input.TextArea id={id('facts')} rows={3} maxLength={5000} />
      </Form.Item>
      <Form.Item name={[name, 'evidenceSummary']} label="证据" htmlFor={id('evidenceSummary')} rules={text('证据', 4, 5000)}>
        <Input.TextArea id={id('evidenceSummary')} rows={2} maxLength={5000} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'violatedProvisions']} label="违反的法律规定" htmlFor={id('violatedProvisions')} rules={text('违反的法律规定', 4, 1000)}>
            <Input.TextArea id={id('violatedProvisions')} rows={2} maxLength={1000} placeholder="如《中华人民共和国食品安全法》第三十四条" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'penaltyBasis']} label={outcome === 'no-penalty' ? '不予处罚的依据' : '处罚依据'} htmlFor={id('penaltyBasis')} rules={text('处罚依据', 4, 1000)}>
            <Input.TextArea id={id('penaltyBasis')} rows={2} maxLength={1000} />
          </Form.Item>
        </Col>
      </Row>
      {outcome === 'no-penalty' ? (
        <Form.Item name={[name, 'noPenaltyReason']} label="不予处罚的理由" htmlFor={id('noPenaltyReason')} rules={[{ max: 1000 }]} extra="如初次违法且危害后果轻微并及时改正（首违不罚，《行政处罚法》第三十三条）。">
          <Input.TextArea id={id('noPenaltyReason')} rows={2} maxLength={1000} />
        </Form.Item>
      ) : (
        <Form.Item label="处罚内容" required>
          <Form.List name={[name, 'penalties']} rules={[{ validator: async (_, lines?: unknown[]) => { if (!lines?.length) throw new Error('至少一项处罚'); } }]}>
            {(lines, { add, remove }, { errors }) => (
              <>
                {lines.map((line) => (
                  <Flex key={line.key} gap={8} align="flex-start" data-testid="penalty-line">
                    <Form.Item name={[line.name, 'kind']} style={{ flex: '0 0 200px', marginBottom: 8 }} rules={[{ required: true, message: '选择种类' }]}>
                      <Select id={id(`penalties_${line.name}_kind`)} options={kinds} placeholder="处罚种类" />
                    </Form.Item>
                    <Form.Item name={[line.name, 'amountYuan']} style={{ flex: '0 0 180px', marginBottom: 8 }}>
                      <InputNumber id={id(`penalties_${line.name}_amountYuan`)} min={0} max={1_000_000_000} precision={2} suffix="元" placeholder="金额" style={{ width: '100%' }} />
                    </Form.Item>
                    <Form.Item name={[line.name, 'description']} style={{ flex: 1, marginBottom: 8 }} rules={[{ max: 500 }]}>
                      <Input id={id(`penalties_${line.name}_description`)} placeholder="说明（可不填），如没收物品名称" maxLength={500} />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} aria-label="删除此项处罚" disabled={lines.length <= 1} onClick={() => remove(line.name)} />
                  </Flex>
                ))}
                <Button size="small" icon={<PlusOutlined />} disabled={lines.length >= 8} onClick={() => add({ kind: undefined })}>
                  添加处罚种类
                </Button>
                <Form.ErrorList errors={errors} />
              </>
            )}
          </Form.List>
        </Form.Item>
      )}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name={[name, 'discretion', 'level']} label="裁量情节" rules={[{ required: true, message: '请选择裁量情节' }]}>
            <Select id={id('discretion_level')} options={levels} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name={[name, 'discretion', 'reason']} label="裁量理由" htmlFor={id('discretion_reason')} rules={text('裁量理由', 2, 2000)}>
            <Input id={id('discretion_reason')} maxLength={2000} placeholder="适用裁量基准的情节与理由" />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        《行政处罚法》第五十八条：有下列情形之一的，决定前须经法制审核
      </Typography.Text>
      <Flex vertical style={{ margin: '4px 0 12px' }}>
        {CIRCUMSTANCES.map(([field, label]) => (
          <Form.Item key={field} name={[name, field]} valuePropName="checked" style={{ marginBottom: 0 }}>
            <Checkbox id={id(field)}>{label}</Checkbox>
          </Form.Item>
        ))}
      </Flex>
    </div>
  );
};
