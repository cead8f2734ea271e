import { PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Card, Col, Row, Select, Skeleton, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { messageOf } from '../../app/api/client.ts';
import type { SpecialDay } from '../../app/api/types.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { useCan } from '../../app/current-user.tsx';
import { calendarKeys, fetchYear, fetchYears, saveYear } from './api.ts';
import { DayEditorModal } from './DayEditorModal.tsx';
import { MonthCalendar } from './MonthCalendar.tsx';
import { SpecialDaysTable } from './SpecialDaysTable.tsx';
import { WorkingDayCalculator } from './WorkingDayCalculator.tsx';

const SOURCE_LABELS: Record<string, string> = {
  'chinese-days': '系统内置数据（依据国务院办公厅节假日安排通知）',
  admin: '系统管理员录入',
};

const yearIn = (value: string | null, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1990 && n <= 2100 ? n : fallback;
};

const byDate = (a: SpecialDay, b: SpecialDay) => a.date.localeCompare(b.date);

export const CalendarPage = () => {
  const can = useCan();
  const editable = can('calendar.edit');
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const thisYear = dayjs().year();
  const [params, setParams] = useSearchParams();
  const year = yearIn(params.get('year'), thisYear);
  const [cursor, setCursor] = useState<Dayjs>(() => (year === thisYear ? dayjs() : dayjs(`${year}-01-01`)));
  const [draft, setDraft] = useState<{ year: number; days: SpecialDay[] } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  const years = useQuery({ queryKey: calendarKeys.years, queryFn: fetchYears });
  const data = useQuery({ queryKey: calendarKeys.year(year), queryFn: () => fetchYear(year) });
  const dirty = draft?.year === year;
  const days = dirty ? draft.days : (data.data?.days ?? []);

  const save = useMutation({
    mutationFn: () => saveYear(year, days),
    onSuccess: (saved) => {
      queryClient.setQueryData(calendarKeys.year(year), saved);
      void queryClient.invalidateQueries({ queryKey: ['calendar'], predicate: (q) => q.queryKey[1] !== 'year' });
      setDraft(null);
      message.success(`${year}年节假日安排已保存`);
    },
    onError: (error) => message.error(messageOf(error)),
  });

  const switchYear = (next: number) => {
    const go = () => {
      setDraft(null);
      setParams(next === thisYear ? {} : { year: String(next) });
      setCursor(next === thisYear ? dayjs() : dayjs(`${next}-01-01`));
    };
    if (!dirty) return go();
    modal.confirm({ title: '放弃未保存的修改？', content: `${year}年的修改尚未保存，切换年份将丢失这些修改。`, okText: '放弃修改', cancelText: '继续编辑', onOk: go });
  };

  const apply = (date: string, day: SpecialDay | null) => {
    const rest = days.filter((d) => d.date !== date);
    setDraft({ year, days: (day ? [...rest, day] : rest).sort(byDate) });
    setEditing(null);
  };

  const known = new Set(years.data?.years.map((y) => y.year) ?? []);
  const yearOptions = [...new Set([...known, thisYear - 1, thisYear, thisYear + 1, thisYear + 2, year])]
    .sort((a, b) => b - a)
    .map((y) => ({ value: y, label: known.has(y) ? `${y}年` : `${y}年（未录入）` }));
  const holidays = days.filter((d) => d.kind === 'holiday').length;
  const makeups = days.length - holidays;

  return (
    <>
      <PageHeader
        title="工作日历"
        description="法定节假日与调休安排。按工作日计算的法定期限（如送达、审核、决定期限）均以此为准。"
        extra={
          <>
            <Select aria-label="年份" value={year} options={yearOptions} onChange={switchYear} style={{ width: 170 }} />
            {editable && (
              <>
                <Button icon={<PlusOutlined />} onClick={() => setEditing('')}>
                  新增特殊日期
                </Button>
                {dirty && <Button onClick={() => setDraft(null)}>放弃修改</Button>}
                <Badge dot={dirty}>
                  <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} loading={save.isPending} onClick={() => save.mutate()}>
                    保存全年安排
                  </Button>
                </Badge>
              </>
            )}
          </>
        }
      />
      {data.isError && <ErrorAlert error={data.error} onRetry={() => void data.refetch()} />}
      {data.data && !data.data.defined && (
        <Alert
          type="warning"
          showIcon
          data-testid="calendar-year-missing"
          style={{ marginBottom: 16 }}
          title={`尚未录入 ${year} 年的节假日安排`}
          description={
            editable
              ? `系统不会推测节假日：在录入并保存本年度安排之前，涉及 ${year} 年的工作日期限无法计算。请依据国务院办公厅发布的通知，逐日添加节假日和调休上班日后保存。`
              : `系统不会推测节假日：在系统管理员录入本年度安排之前，涉及 ${year} 年的工作日期限无法计算。`
          }
        />
      )}
      {dirty && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="有未保存的修改"
          description="修改只在点击“保存全年安排”后生效；保存将整体替换本年度的节假日与调休安排，并记入审计日志。"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={16}>
          <Card>
            {data.isPending ? (
              <Skeleton active paragraph={{ rows: 10 }} />
            ) : (
              <MonthCalendar year={year} cursor={cursor} days={days} editable={editable} onCursorChange={setCursor} onEdit={setEditing} />
            )}
            {editable && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                点击日期可设置为节假日、调休上班日或取消特殊安排。
              </Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24} xxl={8}>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12} xxl={24}>
              <Card
                title={`${year}年特殊日期`}
                extra={
                  <Typography.Text type="secondary">
                    节假日 {holidays} 天 · 调休上班 {makeups} 天
                  </Typography.Text>
                }
              >
                {data.data?.source && (
                  <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                    数据来源：{SOURCE_LABELS[data.data.source] ?? data.data.source}
                  </Typography.Paragraph>
                )}
                <SpecialDaysTable days={days} editable={editable} onEdit={setEditing} onRemove={(date) => apply(date, null)} />
              </Card>
            </Col>
            <Col xs={24} lg={12} xxl={24}>
              <WorkingDayCalculator />
            </Col>
          </Row>
        </Col>
      </Row>
      {editing !== null && (
        <DayEditorModal
          year={year}
          date={editing}
          current={days.find((d) => d.date === editing)}
          onClose={() => setEditing(null)}
          onApply={apply}
        />
      )}
    </>
  );
};
