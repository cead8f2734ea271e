import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { AutoComplete, Button, Col, DatePicker, Flex, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { AuditFilter, AuditResult } from '../../app/api/types.ts';
import { fetchAgencies, registryKeys } from '../registry/api.ts';
import { ACTION_LABELS, OBJECT_TYPE_LABELS, RESULT_LABELS } from './labels.ts';

type Values = {
  username?: string;
  agencyId?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  result?: AuditResult;
  range?: [Dayjs | null, Dayjs | null] | null;
};

type Props = { filter: AuditFilter; exporting: boolean; onSearch: (filter: AuditFilter) => void; onExport: (filter: AuditFilter) => void };

// ISO 8601 with the browser's offset, as the API asks: 2026-11-21T08:00:00.000+08:00
const ISO = 'YYYY-MM-DDTHH:mm:ss.SSSZ';

const valuesOf = (filter: AuditFilter): Values => ({
  username: filter.username,
  agencyId: filter.agencyId,
  action: filter.action,
  objectType: filter.objectType,
  objectId: filter.objectId,
  result: filter.result,
  range: filter.from || filter.to ? [filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null] : null,
});

const filterOf = ({ range, ...values }: Values): AuditFilter => {
  const text = (value?: string) => value?.trim() || undefined;
  return {
    username: text(values.username),
    agencyId: values.agencyId,
    action: text(values.action),
    objectType: text(values.objectType),
    objectId: text(values.objectId),
    result: values.result,
    from: range?.[0] ? range[0].startOf('minute').format(ISO) : undefined,
    to: range?.[1] ? range[1].endOf('minute').format(ISO) : undefined,
  };
};

const actionOptions = Object.entries(ACTION_LABELS).map(([value, label]) => ({ value, label: `${label}（${value}）` }));
const presets = [
  { label: '今天', value: [dayjs().startOf('day'), dayjs().endOf('day')] as [Dayjs, Dayjs] },
  { label: '最近 7 天', value: [dayjs().subtract(6, 'day').startOf('day'), dayjs().endOf('day')] as [Dayjs, Dayjs] },
  { label: '最近 30 天', value: [dayjs().subtract(29, 'day').startOf('day'), dayjs().endOf('day')] as [Dayjs, Dayjs] },
];

/** Stable ids for browser tests: #audit-username, #audit-agency, #audit-action, #audit-object-type, #audit-object-id, #audit-result, #audit-range. */
export const AuditFilterForm = ({ filter, exporting, onSearch, onExport }: Props) => {
  const [form] = Form.useForm<Values>();
  // Agencies are public information (the portal lists them), so the audit admin can filter by them.
  const agencies = useQuery({ queryKey: registryKeys.agencies, queryFn: fetchAgencies, staleTime: 5 * 60_000 });
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={valuesOf(filter)}
      onFinish={(values) => onSearch(filterOf(values))}
      data-testid="audit-filter"
    >
      <Row gutter={16}>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="username" label="用户名" htmlFor="audit-username">
            <Input id="audit-username" allowClear placeholder="完整用户名" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="action" label="操作" htmlFor="audit-action">
            <AutoComplete
              id="audit-action"
              allowClear
              placeholder="选择或输入操作代码"
              options={actionOptions}
              showSearch={{
                filterOption: (input, option) => (option?.label ?? '').toLowerCase().includes(input.trim().toLowerCase()),
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="objectType" label="对象类型" htmlFor="audit-object-type">
            <Select
              id="audit-object-type"
              allowClear
              placeholder="全部"
              options={Object.entries(OBJECT_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="objectId" label="对象编号" htmlFor="audit-object-id">
            <Input id="audit-object-id" allowClear placeholder="如账户编号" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="agencyId" label="机关" htmlFor="audit-agency">
            <Select
              id="audit-agency"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="全部"
              loading={agencies.isLoading}
              options={(agencies.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="result" label="结果" htmlFor="audit-result">
            <Select
              id="audit-result"
              allowClear
              placeholder="全部"
              options={Object.entries(RESULT_LABELS).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={24} lg={12}>
          <Form.Item name="range" label="时间范围" htmlFor="audit-range">
            <DatePicker.RangePicker
              id={{ start: 'audit-range', end: 'audit-range-end' }}
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              allowEmpty={[true, true]}
              presets={presets}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item label=" " colon={false}>
            <Flex gap={8} wrap>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                查询
              </Button>
              <Button
                onClick={() => {
                  form.setFieldsValue(valuesOf({}));
                  onSearch({});
                }}
              >
                重置
              </Button>
              <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => onExport(filterOf(form.getFieldsValue()))} data-testid="audit-export">
                导出 CSV
              </Button>
            </Flex>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
};
