import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, InputNumber, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { isApiError, messageOf } from '../../app/api/client.ts';
import { formatDate, weekdayOf } from '../../app/format.ts';
import { addWorkingDays, YEAR_MISSING } from './api.ts';

type Values = { from: Dayjs; days: number };

/** 第 N 个工作日: the rule every statutory deadline counted in working days uses. */
export const WorkingDayCalculator = () => {
  const compute = useMutation({ mutationFn: ({ from, days }: Values) => addWorkingDays(from.format('YYYY-MM-DD'), days) });
  const result = compute.data;

  return (
    <Card title="计算第 N 个工作日">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        起算日当日不计入，自次日起按工作日计算：跳过周末和法定节假日，调休上班日计为工作日。
      </Typography.Paragraph>
      <Form<Values>
        layout="inline"
        initialValues={{ from: dayjs(), days: 7 }}
        onFinish={(values) => compute.mutate(values)}
        style={{ rowGap: 12 }}
      >
        <Form.Item name="from" label="起算日" rules={[{ required: true, message: '请选择起算日' }]}>
          <DatePicker id="workday-from" allowClear={false} style={{ width: 150 }} />
        </Form.Item>
        <Form.Item name="days" label="工作日数" rules={[{ required: true, message: '请填写天数' }]}>
          <InputNumber id="workday-days" min={0} max={2500} precision={0} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={compute.isPending}>
            计算
          </Button>
        </Form.Item>
      </Form>
      {result && !compute.isError && (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 16 }}
          data-testid="workday-result"
          title={`${formatDate(result.from)}起第 ${result.days} 个工作日是：${formatDate(result.date)}（${weekdayOf(result.date)}）`}
        />
      )}
      {compute.isError && (
        <Alert
          type={isApiError(compute.error, YEAR_MISSING) ? 'warning' : 'error'}
          showIcon
          style={{ marginTop: 16 }}
          title={isApiError(compute.error, YEAR_MISSING) ? '缺少节假日安排，无法计算' : '计算失败'}
          description={messageOf(compute.error)}
        />
      )}
    </Card>
  );
};
