import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Drawer, Flex, Skeleton, Tag, Typography } from 'antd';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { fetchFlowchart, fetchItem, itemKeys } from './api.ts';
import { FlowchartView } from './FlowchartView.tsx';

type Props = { id: string | null; onClose: () => void };

/** One item as disclosed: legal bases (linked to the law page), penalties, time limit, remedies, guide and flowchart. */
export const ItemDetailDrawer = ({ id, onClose }: Props) => {
  const detail = useQuery({ queryKey: itemKeys.detail(id ?? ''), queryFn: () => fetchItem(id!), enabled: Boolean(id) });
  const chart = useQuery({ queryKey: itemKeys.flowchart(id ?? ''), queryFn: () => fetchFlowchart(id!), enabled: Boolean(id) });
  const d = detail.data;
  return (
    <Drawer title={d ? d.name : '执法事项'} open={id !== null} onClose={onClose} size={760} destroyOnHidden>
      {detail.isError && <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />}
      {!d && detail.isPending && <Skeleton active />}
      {d && (
        <Flex vertical gap={16}>
          <Flex gap={8} wrap>
            <Tag color="blue">{d.kindLabel}</Tag>
            <Tag color={d.procedure === 'simple' ? 'green' : 'geekblue'}>{d.procedureLabel}</Tag>
            {d.openFlags > 0 && <Tag color="orange">{d.openFlags} 条更新提示待复核</Tag>}
          </Flex>
          {d.legalBasis.some((b) => !b.inForce) && (
            <Alert type="warning" showIcon title="所引法律已有新版本施行，请对照新版本复核实施依据后重新保存事项。" />
          )}
          <Descriptions
            size="small"
            column={1}
            bordered
            styles={{ label: { width: 118, whiteSpace: 'nowrap' } }}
            items={[
              { key: 'agency', label: '实施主体', children: d.agencyName },
              { key: 'code', label: '事项编码', children: d.code },
              { key: 'targets', label: '适用对象', children: d.targetTypeLabels.join('、') },
              {
                key: 'basis',
                label: '实施依据',
                children: (
                  <Flex vertical gap={2}>
                    {d.legalBasis.map((b) => (
                      <a key={b.position} href={b.href} target="_blank" rel="noreferrer">
                        {b.citation}
                        {!b.inForce && <Typography.Text type="secondary">（{b.versionAdoptedOn}通过的版本）</Typography.Text>}
                      </a>
                    ))}
                  </Flex>
                ),
              },
              ...(d.kind === 'penalty'
                ? [
                    {
                      key: 'penalties',
                      label: '处罚种类和幅度',
                      children: (
                        <Flex vertical gap={2}>
                          {d.penalties.map((p, i) => (
                            <span key={i}>
                              {p.label}
                              {p.appliesTo !== 'any' && `（对${p.appliesToLabel}）`}
                              {p.rangeText && `：${p.rangeText}`}
                              {p.note && p.kind !== 'other' && <Typography.Text type="secondary">　{p.note}</Typography.Text>}
                            </span>
                          ))}
                        </Flex>
                      ),
                    },
                  ]
                : []),
              { key: 'time', label: '办理时限', children: d.timeLimitText ?? '—' },
              { key: 'remedy', label: '救济渠道', children: d.remedyText },
              ...(d.guide.acceptingBody ? [{ key: 'accept', label: '受理机构', children: d.guide.acceptingBody }] : []),
              ...(d.guide.approvingBody ? [{ key: 'approve', label: '审批机构', children: d.guide.approvingBody }] : []),
              ...(d.guide.conditions ? [{ key: 'cond', label: '受理条件', children: d.guide.conditions }] : []),
              ...(d.guide.materials.length
                ? [{ key: 'materials', label: '申请材料', children: <ol style={{ margin: 0, paddingInlineStart: 20 }}>{d.guide.materials.map((m, i) => <li key={i}>{m.name}</li>)}</ol> }]
                : []),
            ]}
          />
          <div>
            <Typography.Title level={5}>执法流程图</Typography.Title>
            {chart.isError ? <ErrorAlert error={chart.error} /> : <FlowchartView chart={chart.data} loading={chart.isPending} />}
          </div>
        </Flex>
      )}
    </Drawer>
  );
};
