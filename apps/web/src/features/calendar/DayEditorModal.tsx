import { Alert, AutoComplete, DatePicker, Form, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { SpecialDay } from '../../app/api/types.ts';
import { HOLIDAY_NAMES } from './labels.ts';

type Kind = SpecialDay['kind'] | 'normal';
type Values = { date?: Dayjs; kind: Kind; name?: string };

type Props = {
  year: number;
  /** The date being edited, or '' to pick one. */
  date: string;
  current: SpecialDay | undefined;
  onClose: () => void;
  onApply: (date: string, day: SpecialDay | null) => void;
};

/** Marks one day as holiday, make-up workday, or ordinary (removing its special arrangement). Changes stay local until the year is saved. */
export const DayEditorModal = ({ year, date, current, onClose, onApply }: Props) => {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const picked = Form.useWatch('date', form);
  const weekday = date ? dayjs(date).day() : picked?.day();
  const oddMakeup = kind === 'makeup-workday' && weekday !== undefined && weekday !== 0 && weekday !== 6;

  return (
    <Modal open title={date ? `设置 ${dayjs(date).format('YYYY年M月D日 dddd')}` : '新增特殊日期'} okText="确定" onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: current?.kind ?? 'holiday', name: current?.name }}
        onFinish={(values) => {
          // Only registered fields reach onFinish: the date field exists only when no day was clicked.
          const key = date || values.date!.format('YYYY-MM-DD');
          onApply(key, values.kind === 'normal' ? null : { date: key, kind: values.kind, name: values.name!.trim() });
        }}
      >
        {!date && (
          <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker
              style={{ width: '100%' }}
              minDate={dayjs(`${year}-01-01`)}
              maxDate={dayjs(`${year}-12-31`)}
              defaultPickerValue={dayjs(`${year}-01-01`)}
            />
          </Form.Item>
        )}
        <Form.Item name="kind" label="安排">
          <Radio.Group
            options={[
              { value: 'holiday', label: '法定节假日（休息）' },
              { value: 'makeup-workday', label: '调休上班日' },
              { value: 'normal', label: '无特殊安排' },
            ]}
          />
        </Form.Item>
        {kind !== 'normal' && (
          <Form.Item
            name="name"
            label="节日名称"
            extra="调休上班日也填写对应的节日，如“国庆节”。"
            rules={[
              { required: true, whitespace: true, message: '请填写节日名称' },
              { max: 40, message: '名称不超过 40 字' },
            ]}
          >
            <AutoComplete
              options={HOLIDAY_NAMES.map((value) => ({ value }))}
              showSearch={{ filterOption: (input, option) => String(option?.value ?? '').includes(input.trim()) }}
              placeholder="如 国庆节"
            />
          </Form.Item>
        )}
        {oddMakeup && <Alert type="warning" showIcon title="调休上班日通常是周六或周日，请核对国务院办公厅通知。" />}
      </Form>
    </Modal>
  );
};
