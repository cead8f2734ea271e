import { Checkbox, Col, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import type { CaseDetail, HandlerOption } from '../../app/api/types.ts';
import type { FieldSpec } from './act-fields.ts';
import { DraftEditor } from './DraftEditor.tsx';
import { ItemRows } from './ItemRows.tsx';
import { MEASURE_LABELS, openMeasures } from './case-progress.ts';

/** What fields may draw on: the case (its handlers and measures; none on the 简易程序 page) and the agency's officers. */
export type FieldContext = { act: string; item?: CaseDetail; officers: HandlerOption[] };

const rulesOf = (spec: FieldSpec): Rule[] => {
  const rules: Rule[] = [];
  const required = !spec.optional && spec.kind !== 'checkbox';
  if (spec.kind === 'text' || spec.kind === 'textarea') {
    if (required) rules.push({ required: true, whitespace: true, message: `请填写${spec.label}` });
    if (spec.min) rules.push({ min: spec.min, message: `${spec.label}至少${spec.min}个字`, transform: (v: string) => v?.trim() });
    rules.push({ max: spec.max, message: `${spec.label}最多${spec.max}个字` });
    return rules;
  }
  if (spec.kind === 'participants') return [{ required: true, type: 'array', min: 2, message: '执法人员不得少于两人（《行政处罚法》第四十二条）' }];
  if (spec.kind === 'names') return [{ required: true, type: 'array', min: spec.min, message: `${spec.label}不少于${spec.min}人` }];
  if (spec.kind === 'money') return [{ required: true, message: `请填写${spec.label}` }];
  if (required) rules.push({ required: true, message: `请${spec.kind === 'select' || spec.kind === 'chair' || spec.kind === 'measure' ? '选择' : '填写'}${spec.label}` });
  return rules;
};

// Form.Item hands value and onChange to its direct child: Control passes them on (`rest`).
const Control = ({ spec, ctx, id, ...rest }: { spec: FieldSpec; ctx: FieldContext; id: string; [prop: string]: unknown }) => {
  const testId = spec.testId ?? `field-${spec.name}`;
  switch (spec.kind) {
    case 'text':
      return <Input id={id} data-testid={testId} {...rest} maxLength={spec.max} placeholder={spec.placeholder} autoComplete="off" />;
    case 'textarea':
      return <Input.TextArea id={id} data-testid={testId} {...rest} maxLength={spec.max} rows={spec.max > 2000 ? 5 : 3} placeholder={spec.placeholder} showCount={spec.max <= 2000} />;
    case 'date':
      return <DatePicker id={id} data-testid={testId} {...rest} style={{ width: '100%' }} />;
    case 'datetime':
      return <DatePicker id={id} data-testid={testId} {...rest} showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />;
    case 'money':
      return <InputNumber id={id} data-testid={testId} {...rest} min={0.01} max={1_000_000_000} precision={2} suffix="元" style={{ width: '100%' }} />;
    case 'number':
      return <InputNumber id={id} data-testid={testId} {...rest} min={spec.min} max={spec.max} precision={0} style={{ width: '100%' }} />;
    case 'select':
      return <Select id={id} data-testid={testId} {...rest} options={spec.choices.map((c) => ({ value: c.value as string, label: c.label }))} />;
    case 'radio':
      return <Radio.Group id={id} data-testid={testId} {...rest} options={spec.choices.map((c) => ({ value: c.value, label: c.label }))} />;
    case 'checkbox':
      return (
        <Checkbox id={id} data-testid={testId} {...rest}>
          {spec.label}
        </Checkbox>
      );
    case 'participants':
      return (
        <Select
          id={id}
          data-testid={testId}
          {...rest}
          mode="multiple"
          options={(ctx.item?.handlers ?? []).map((h) => ({ value: h.accountId, label: `${h.name}（${h.role === 'lead' ? '主办' : '协办'}）` }))}
        />
      );
    case 'chair': {
      const investigators = new Set((ctx.item?.handlers ?? []).map((h) => h.accountId));
      return (
        <Select
          id={id}
          data-testid={testId}
          {...rest}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="选择非本案调查人员"
          options={ctx.officers.map((o) => ({
            value: o.accountId,
            label: investigators.has(o.accountId) ? `${o.name}（本案调查人员，不能主持）` : `${o.name}${o.unitName ? `（${o.unitName}）` : ''}`,
            disabled: investigators.has(o.accountId),
          }))}
        />
      );
    }
    case 'measure':
      return (
        <Select
          id={id}
          data-testid={testId}
          {...rest}
          options={(ctx.item ? openMeasures(ctx.item) : []).map((m) => ({ value: m.id, label: `${MEASURE_LABELS[m.kind] ?? m.kind}：${m.items.map((i) => i.name).join('、')}（${m.startedOn} 起，${m.dueOn} 届满）` }))}
        />
      );
    case 'names':
      return <Select id={id} data-testid={testId} {...rest} mode="tags" open={false} tokenSeparators={['，', ',', '、', ' ']} placeholder="输入姓名后按回车" />;
    default:
      return null;
  }
};

/** One field of an act's form, by its kind; its id is `<act>_<name>` (browser tests find it there). */
export const ActField = ({ spec, ctx }: { spec: FieldSpec; ctx: FieldContext }) => {
  const id = `${ctx.act}_${spec.name}`;
  const span = spec.half ? { xs: 24, md: 12 } : { span: 24 };
  if (spec.kind === 'draft') {
    return (
      <Col span={24}>
        <DraftEditor name={spec.name} act={ctx.act} />
      </Col>
    );
  }
  if (spec.kind === 'rows') {
    return (
      <Col span={24}>
        <ItemRows spec={spec} act={ctx.act} />
      </Col>
    );
  }
  return (
    <Col {...span}>
      <Form.Item
        name={spec.name}
        label={spec.kind === 'checkbox' ? undefined : spec.label}
        htmlFor={id}
        extra={spec.extra}
        rules={rulesOf(spec)}
        valuePropName={spec.kind === 'checkbox' ? 'checked' : 'value'}
      >
        <Control spec={spec} ctx={ctx} id={id} />
      </Form.Item>
    </Col>
  );
};
