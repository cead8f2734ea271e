import { useQuery } from '@tanstack/react-query';
import { DatePicker, Flex, Input, Select, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCan } from '../../app/current-user.tsx';
import { fetchItems } from '../items/api.ts';
import { caseKeys, fetchHandlerOptions } from './api.ts';
import type { CaseDateField, CaseDue, CaseListQuery as CasesListQuery } from './case-list-api.ts';
import { STATUS_LABELS } from './labels.ts';

type Patch = Partial<Omit<CasesListQuery, 'page' | 'pageSize'>>;
type Props = { query: CasesListQuery; mineOffered: boolean; onChange: (patch: Patch) => void; onRefresh: () => void };

const DAY = 'YYYY-MM-DD';
const presets = [
  { label: '今天', value: [dayjs().startOf('day'), dayjs().endOf('day')] as [Dayjs, Dayjs] },
  { label: '最近 7 天', value: [dayjs().subtract(6, 'day'), dayjs()] as [Dayjs, Dayjs] },
  { label: '本月', value: [dayjs().startOf('month'), dayjs()] as [Dayjs, Dayjs] },
  { label: '本年', value: [dayjs().startOf('year'), dayjs()] as [Dayjs, Dayjs] },
];
const DATE_FIELDS: Array<{ value: CaseDateField; label: string }> = [
  { value: 'registered', label: '登记日期' },
  { value: 'filed', label: '立案日期' },
  { value: 'decided', label: '决定日期' },
  { value: 'closed', label: '结案日期' },
];
const DUES: Array<{ value: CaseDue; label: string }> = [
  { value: 'overdue', label: '有已逾期的期限' },
  { value: 'soon', label: '3个工作日内到期' },
  { value: 'by', label: '在某日前到期' },
];

/**
 * Stable ids for browser tests: #case-search, #case-mine, #case-range / #case-range-end, #case-status,
 * #case-date-field, #case-due, #case-due-by, #case-officer, #case-item, #case-party.
 */
export const CaseFilters = ({ query, mineOffered, onChange, onRefresh }: Props) => {
  const can = useCan();
  // Officers to filter by: the agency's officers who may handle cases (only those who handle cases are asked).
  const officers = useQuery({ queryKey: caseKeys.handlerOptions, queryFn: fetchHandlerOptions, enabled: can('case.create'), staleTime: 5 * 60_000 });
  const items = useQuery({ queryKey: ['items', 'case-filter'], queryFn: () => fetchItems({ page: 1, pageSize: 200 }), staleTime: 5 * 60_000 });
  const field = query.dateField ?? 'registered';
  const fieldLabel = DATE_FIELDS.find((f) => f.value === field)!.label;
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      <Flex gap={12} wrap align="center">
        <Input.Search
          id="case-search"
          key={query.q ?? ''}
          defaultValue={query.q}
          placeholder="搜索案由、案源编号、案件编号或决定书文号"
          allowClear
          enterButton="搜索"
          maxLength={64}
          onSearch={(value) => {
            const q = value.trim() || undefined;
            // Searching again for the same words means "refresh".
            if (q === query.q && query.page === 1) onRefresh();
            onChange({ q });
          }}
          style={{ width: 360, maxWidth: '100%' }}
        />
        <Select
          id="case-status"
          aria-label="状态"
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder="全部状态"
          value={query.status ?? []}
          options={Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))}
          onChange={(status: string[]) => onChange({ status: status.length ? status : undefined })}
          style={{ width: 260 }}
        />
        <Select
          id="case-due"
          aria-label="期限"
          allowClear
          placeholder="期限"
          value={query.due}
          options={DUES}
          onChange={(due?: CaseDue) => onChange({ due, dueBy: due === 'by' ? (query.dueBy ?? dayjs().add(7, 'day').format(DAY)) : undefined })}
          style={{ width: 170 }}
        />
        {query.due === 'by' && (
          <DatePicker id="case-due-by" aria-label="到期日" allowClear={false} value={query.dueBy ? dayjs(query.dueBy) : null} onChange={(d) => d && onChange({ dueBy: d.format(DAY) })} />
        )}
        {mineOffered && (
          <Flex align="center" gap={8}>
            <Switch id="case-mine" checked={query.mine} onChange={(mine) => onChange({ mine })} />
            <Typography.Text>
              <label htmlFor="case-mine">我承办的</label>
            </Typography.Text>
          </Flex>
        )}
      </Flex>
      <Flex gap={12} wrap align="center">
        <Select
          id="case-date-field"
          aria-label="日期类型"
          value={field}
          options={DATE_FIELDS}
          onChange={(dateField: CaseDateField) => onChange({ dateField: dateField === 'registered' ? undefined : dateField })}
          style={{ width: 110 }}
        />
        <DatePicker.RangePicker
          id={{ start: 'case-range', end: 'case-range-end' }}
          aria-label={fieldLabel}
          placeholder={[`${fieldLabel}起`, `${fieldLabel}止`]}
          allowEmpty={[true, true]}
          presets={presets}
          value={query.from || query.to ? [query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null] : null}
          onChange={(range) => onChange({ from: range?.[0]?.format(DAY), to: range?.[1]?.format(DAY) })}
          style={{ width: 280, maxWidth: '100%' }}
        />
        {can('case.create') && (
          <Select
            id="case-officer"
            aria-label="承办人"
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="承办人"
            value={query.officerId}
            loading={officers.isLoading}
            options={(officers.data?.items ?? []).map((o) => ({ value: o.accountId, label: o.unitName ? `${o.name}（${o.unitName}）` : o.name }))}
            onChange={(officerId?: string) => onChange({ officerId })}
            style={{ width: 200 }}
          />
        )}
        <Select
          id="case-item"
          aria-label="执法事项"
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="执法事项"
          value={query.itemId}
          loading={items.isLoading}
          options={(items.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))}
          onChange={(itemId?: string) => onChange({ itemId })}
          style={{ width: 260 }}
          popupMatchSelectWidth={false}
        />
        <Input.Search
          id="case-party"
          key={`party:${query.party ?? ''}`}
          defaultValue={query.party}
          placeholder="当事人名称或统一社会信用代码"
          allowClear
          maxLength={64}
          onSearch={(value) => onChange({ party: value.trim() || undefined })}
          style={{ width: 260 }}
        />
      </Flex>
    </Flex>
  );
};
