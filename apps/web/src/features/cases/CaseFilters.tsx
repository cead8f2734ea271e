import { DatePicker, Flex, Input, Select, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CasesListQuery } from './api.ts';
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

/** Stable ids for browser tests: #case-search, #case-mine, #case-range / #case-range-end, #case-status. */
export const CaseFilters = ({ query, mineOffered, onChange, onRefresh }: Props) => (
  <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
    <Input.Search
      id="case-search"
      key={query.q ?? ''}
      defaultValue={query.q}
      placeholder="搜索案由、案源编号或案件编号"
      allowClear
      enterButton="搜索"
      maxLength={64}
      onSearch={(value) => {
        const q = value.trim() || undefined;
        // Searching again for the same words means "refresh".
        if (q === query.q && query.page === 1) onRefresh();
        onChange({ q });
      }}
      style={{ width: 340, maxWidth: '100%' }}
    />
    <DatePicker.RangePicker
      id={{ start: 'case-range', end: 'case-range-end' }}
      aria-label="登记日期"
      placeholder={['登记日期起', '登记日期止']}
      allowEmpty={[true, true]}
      presets={presets}
      value={query.from || query.to ? [query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null] : null}
      onChange={(range) => onChange({ from: range?.[0]?.format(DAY), to: range?.[1]?.format(DAY) })}
      style={{ width: 280, maxWidth: '100%' }}
    />
    <Select
      id="case-status"
      aria-label="状态"
      allowClear
      placeholder="全部状态"
      value={query.status}
      options={Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))}
      onChange={(status?: string) => onChange({ status })}
      style={{ width: 150 }}
    />
    {mineOffered && (
      <Flex align="center" gap={8}>
        <Switch id="case-mine" checked={query.mine} onChange={(mine) => onChange({ mine })} />
        <Typography.Text>
          <label htmlFor="case-mine">我承办的</label>
        </Typography.Text>
      </Flex>
    )}
  </Flex>
);
