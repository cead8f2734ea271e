import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Calendar, Flex, Grid, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { SpecialDay } from '../../app/api/types.ts';
import { CalendarLegend, DAY_STYLES } from './CalendarLegend.tsx';

type Props = {
  year: number;
  cursor: Dayjs;
  days: SpecialDay[];
  editable: boolean;
  onCursorChange: (date: Dayjs) => void;
  onEdit: (date: string) => void;
};

const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: i, label: `${i + 1}月` }));

/** One month of the chosen year; holidays red, make-up workdays blue. Clicking a day edits it (system admin). */
export const MonthCalendar = ({ year, cursor, days, editable, onCursorChange, onEdit }: Props) => {
  const wide = Grid.useBreakpoint().md ?? true;
  const byDate = new Map(days.map((d) => [d.date, d]));
  const today = dayjs().format('YYYY-MM-DD');

  const renderDate = (date: Dayjs) => {
    const key = date.format('YYYY-MM-DD');
    const special = byDate.get(key);
    const style = special ? DAY_STYLES[special.kind] : null;
    const weekend = date.day() === 0 || date.day() === 6;
    const selected = date.isSame(cursor, 'day');
    return (
      <div
        data-date={key}
        data-kind={special?.kind ?? (weekend ? 'weekend' : 'workday')}
        style={{
          margin: wide ? '0 3px' : '0 1px',
          padding: wide ? '4px 8px' : '2px 3px',
          height: wide ? 72 : 48,
          textAlign: 'left',
          borderTop: `2px solid ${selected ? '#1f5fbf' : key === today ? '#91caff' : '#f0f0f0'}`,
          borderRadius: 2,
          background: style?.background ?? (key === today ? '#f5f9ff' : 'transparent'),
          opacity: date.month() === cursor.month() ? 1 : 0.35,
          cursor: editable ? 'pointer' : 'default',
        }}
      >
        <Flex justify="space-between" align="center">
          {style ? (
            <span
              style={{
                fontSize: 12,
                lineHeight: '18px',
                padding: '0 4px',
                borderRadius: 3,
                color: '#fff',
                background: style.color,
              }}
            >
              {style.badge}
            </span>
          ) : (
            <span />
          )}
          <span style={{ fontWeight: key === today ? 600 : 400, color: style?.color ?? (weekend ? 'rgba(0,0,0,0.40)' : 'rgba(0,0,0,0.88)') }}>
            {date.date()}
          </span>
        </Flex>
        {special && wide && (
          <div style={{ marginTop: 6, fontSize: 12, textAlign: 'right', color: style?.color, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {special.name}
          </div>
        )}
      </div>
    );
  };

  const month = cursor.month();
  return (
    <Calendar
      value={cursor}
      validRange={[dayjs(`${year}-01-01`), dayjs(`${year}-12-31`).endOf('day')]}
      fullCellRender={(date, info) => (info.type === 'date' ? renderDate(date) : info.originNode)}
      onSelect={(date, { source }) => {
        onCursorChange(date);
        if (source === 'date' && editable) onEdit(date.format('YYYY-MM-DD'));
      }}
      headerRender={() => (
        <Flex justify="space-between" align="center" wrap gap={12} style={{ paddingBottom: 12 }}>
          <Flex align="center" gap={8}>
            <Button
              aria-label="上个月"
              icon={<LeftOutlined />}
              disabled={month === 0}
              onClick={() => onCursorChange(cursor.subtract(1, 'month'))}
            />
            <Select
              aria-label="月份"
              value={month}
              options={MONTHS}
              onChange={(m: number) => onCursorChange(cursor.date(1).month(m))}
              style={{ width: 88 }}
            />
            <Button
              aria-label="下个月"
              icon={<RightOutlined />}
              disabled={month === 11}
              onClick={() => onCursorChange(cursor.add(1, 'month'))}
            />
            {wide && (
              <Typography.Title level={5} style={{ margin: '0 0 0 8px' }}>
                {year}年{month + 1}月
              </Typography.Title>
            )}
          </Flex>
          <CalendarLegend />
        </Flex>
      )}
    />
  );
};
