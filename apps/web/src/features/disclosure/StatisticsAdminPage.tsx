import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, InputNumber, Radio, Table, Typography } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../app/api/client.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { formatMinute } from '../../app/format.ts';
import { disclosureKeys, fetchSettings, fetchStatistics, publishStatistics, saveSettings, type StatisticsSnapshot } from './api.ts';

/** 年度统计: the system admin compiles and publishes a year's figures (a job does the same before 1月31日). */
export const StatisticsAdminPage = () => {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [year, setYear] = useState<number>(new Date().getFullYear() - 1);
  const list = useQuery({ queryKey: disclosureKeys.statistics, queryFn: fetchStatistics });
  const publish = useMutation({
    mutationFn: () => publishStatistics(year),
    onSuccess: (s) => {
      void queryClient.invalidateQueries({ queryKey: disclosureKeys.statistics });
      void message.success(`${s.year} 年度统计已公布`);
    },
  });
  return (
    <>
      <PageHeader title="年度统计" description="每年1月31日前公开上一年度行政执法数据。生成后在公示平台“年度数据”栏目公布，可重复生成，以最新一次为准。" />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={12} align="center" wrap>
          <span>统计年度</span>
          <InputNumber id="statistics-year" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
          <Button type="primary" data-testid="statistics-publish" loading={publish.isPending} onClick={() => publish.mutate()}>
            生成并公布
          </Button>
        </Flex>
        {publish.isError && <Alert type="error" showIcon style={{ marginTop: 12 }} message={messageOf(publish.error)} />}
      </Card>
      <NameRuleCard />
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<StatisticsSnapshot>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={false}
        columns={[
          { title: '年度', dataIndex: 'year', width: 100 },
          { title: '公布时间', dataIndex: 'publishedAt', render: (v: string) => formatMinute(v) },
          {
            title: '决定总数',
            key: 'n',
            render: (_: unknown, r) => String((r.figures as { jurisdiction?: { decisions?: number } }).jurisdiction?.decisions ?? '—'),
          },
          {
            title: '公示页面',
            key: 'link',
            render: (_: unknown, r) => (
              <Typography.Link href={`/statistics/${r.year}`} target="_blank">
                查看
              </Typography.Link>
            ),
          },
        ]}
      />
    </>
  );
};

/** 自然人当事人的公示方式: national default 姓 + 某; a local rule may require the full name. Applies to records prepared afterwards. */
const NameRuleCard = () => {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const settings = useQuery({ queryKey: disclosureKeys.settings, queryFn: fetchSettings });
  const save = useMutation({
    mutationFn: saveSettings,
    onSuccess: (s) => {
      queryClient.setQueryData(disclosureKeys.settings, s);
      void message.success('已保存，此后生成的公示信息适用');
    },
  });
  return (
    <Card title="公示规则" style={{ marginBottom: 16 }}>
      <Flex gap={12} align="center" wrap>
        <span>被处罚自然人的名称</span>
        <Radio.Group
          value={settings.data?.personNameRule}
          disabled={!settings.data || save.isPending}
          onChange={(e) => save.mutate({ personNameRule: e.target.value })}
          options={[
            { value: 'surname', label: '姓氏加“某”（如 张某，默认）' },
            { value: 'full', label: '公开全名（仅当地规定要求时）' },
          ]}
        />
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        法人及非法人组织一律公开全称和统一社会信用代码；未成年人的处罚信息一律不公开。
      </Typography.Paragraph>
      {save.isError && <Alert type="error" showIcon style={{ marginTop: 12 }} message={messageOf(save.error)} />}
    </Card>
  );
};
