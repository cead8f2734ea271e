import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, Modal, Segmented, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { messageOf } from '../../app/api/client.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { useCan, useCurrentUser } from '../../app/current-user.tsx';
import { declareDutiesChange, fetchFlags, type FlagsQuery, itemKeys, resolveFlag } from './api.ts';
import { FLAG_STATUS_COLORS } from './labels.ts';
import type { ReviewFlag } from './types.ts';

type View = 'overdue' | 'open' | 'resolved' | 'all';
const VIEWS: Array<{ value: View; label: string }> = [
  { value: 'overdue', label: '逾期未复核' },
  { value: 'open', label: '待复核' },
  { value: 'resolved', label: '已复核' },
  { value: 'all', label: '全部' },
];

/**
 * 更新期限: reviews the lists owe after a law changes (10 working days) or the agency's duties change (20 working
 * days). Supervisors watch their jurisdiction, overdue first; an agency head confirms their own agency's reviews
 * and declares a change of duties. Stable ids: [data-testid=flags-view], #duties-effective-on, #duties-description.
 */
export const FlagsPage = () => {
  const { account } = useCurrentUser();
  const can = useCan();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const supervisor = account.roles.includes('supervisor');
  const [view, setView] = useState<View>(supervisor ? 'overdue' : 'open');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query: FlagsQuery = { ...paging, overdue: view === 'overdue', status: view === 'overdue' ? undefined : view };
  const flags = useQuery({ queryKey: itemKeys.flags(query), queryFn: () => fetchFlags(query), placeholderData: keepPreviousData });
  const [resolving, setResolving] = useState<ReviewFlag | null>(null);
  const [declaring, setDeclaring] = useState(false);
  const canResolve = can('review-flag.resolve');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: itemKeys.flagsAll });

  return (
    <>
      <PageHeader
        title="公示信息更新期限"
        description={
          supervisor
            ? '本辖区各执法主体的权责清单、随机抽查事项清单须在法律法规修改后10个工作日内、机构职能调整后20个工作日内完成复核。逾期的排在前面。'
            : '法律法规修改后10个工作日内、机构职能调整后20个工作日内，须复核并更新本机关的公示清单，复核后在此确认。'
        }
        extra={
          can('agency.duties-change') &&
          account.roles.includes('agency_head') && (
            <Button onClick={() => setDeclaring(true)}>登记职能调整</Button>
          )
        }
      />
      <Card>
        <Segmented<View> data-testid="flags-view" options={VIEWS} value={view} onChange={(v) => { setView(v); setPaging({ ...paging, page: 1 }); }} style={{ marginBottom: 16 }} />
        {flags.isError && <ErrorAlert error={flags.error} onRetry={() => void flags.refetch()} />}
        <Table<ReviewFlag>
          rowKey="id"
          size="middle"
          loading={flags.isFetching}
          dataSource={flags.data?.items ?? []}
          locale={{ emptyText: view === 'overdue' ? '没有逾期未复核的事项' : '暂无更新提示' }}
          pagination={{ current: paging.page, pageSize: paging.pageSize, total: flags.data?.total ?? 0, showTotal: (t) => `共 ${t} 条`, onChange: (page, pageSize) => setPaging({ page, pageSize }) }}
          columns={[
            {
              title: '状态',
              dataIndex: 'statusLabel',
              width: 120,
              render: (label: string, row) => (
                <Flex vertical gap={2}>
                  <Tag color={FLAG_STATUS_COLORS[row.status]}>{label}</Tag>
                  {row.daysOverdue > 0 && <Typography.Text type="danger" style={{ fontSize: 12 }}>逾期 {row.daysOverdue} 天</Typography.Text>}
                </Flex>
              ),
            },
            { title: '执法主体', dataIndex: 'agencyName', width: 170 },
            {
              title: '复核对象',
              dataIndex: 'subjectLabel',
              render: (label: string, row) => (
                <Flex vertical gap={2}>
                  <span>{label}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {row.detail}
                  </Typography.Text>
                </Flex>
              ),
            },
            { title: '原因', dataIndex: 'reasonLabel', width: 110 },
            {
              title: '复核期限',
              dataIndex: 'dueOn',
              width: 150,
              render: (due: string, row) => (
                <Flex vertical gap={2}>
                  <span>{due}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {row.triggerOn} 起 {row.workingDays} 个工作日
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: '复核情况',
              key: 'resolution',
              width: 190,
              render: (_: unknown, row) =>
                row.resolvedAt ? (
                  <Flex vertical gap={2}>
                    <span>{row.resolutionNote}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {row.resolvedByName} · {row.resolvedAt.slice(0, 10)}
                    </Typography.Text>
                  </Flex>
                ) : canResolve && row.agencyId === account.agency.id ? (
                  <Button size="small" type="primary" onClick={() => setResolving(row)}>
                    确认已复核
                  </Button>
                ) : (
                  <Typography.Text type="secondary">未复核</Typography.Text>
                ),
            },
          ]}
        />
      </Card>
      <ResolveModal flag={resolving} onClose={() => setResolving(null)} onDone={() => { setResolving(null); message.success('已确认复核'); refresh(); }} />
      <DutiesModal open={declaring} agencyId={account.agency.id} agencyName={account.agency.name} onClose={() => setDeclaring(false)} onDone={(n) => { setDeclaring(false); message.success(`已登记职能调整，生成 ${n} 条复核提示`); refresh(); }} />
    </>
  );
};

const ResolveModal = ({ flag, onClose, onDone }: { flag: ReviewFlag | null; onClose: () => void; onDone: () => void }) => {
  const [form] = Form.useForm<{ note: string }>();
  const resolve = useMutation({ mutationFn: (note: string) => resolveFlag(flag!.id, note), onSuccess: onDone });
  return (
    <Modal title="确认已复核" open={flag !== null} okText="确认" onOk={() => form.submit()} confirmLoading={resolve.isPending} onCancel={onClose} afterClose={() => resolve.reset()} destroyOnHidden>
      {flag && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={flag.subjectLabel} description={flag.detail} />}
      {resolve.isError && <Alert type="error" showIcon title={messageOf(resolve.error)} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => resolve.mutate(v.note.trim())} preserve={false}>
        <Form.Item name="note" label="复核说明" rules={[{ required: true, whitespace: true, message: '请写明复核情况' }, { min: 2 }, { max: 500 }]}>
          <Input.TextArea id="flag-note" rows={3} placeholder="如：已对照新版本核对实施依据，条文序号和内容未变。" />
        </Form.Item>
      </Form>
    </Modal>
  );
};

const DutiesModal = ({ open, agencyId, agencyName, onClose, onDone }: { open: boolean; agencyId: string; agencyName: string; onClose: () => void; onDone: (flags: number) => void }) => {
  const [form] = Form.useForm<{ effectiveOn: Dayjs; description: string }>();
  const declare = useMutation({
    mutationFn: (v: { effectiveOn: Dayjs; description: string }) => declareDutiesChange(agencyId, { effectiveOn: v.effectiveOn.format('YYYY-MM-DD'), description: v.description.trim() }),
    onSuccess: (r) => onDone(r.flags.length),
  });
  return (
    <Modal title={`登记职能调整：${agencyName}`} open={open} okText="登记" onOk={() => form.submit()} confirmLoading={declare.isPending} onCancel={onClose} afterClose={() => declare.reset()} destroyOnHidden>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="登记后，本机关的权责清单和随机抽查事项清单须在调整生效之日起20个工作日内复核更新。" />
      {declare.isError && <Alert type="error" showIcon title={messageOf(declare.error)} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => declare.mutate(v)} preserve={false}>
        <Form.Item name="effectiveOn" label="生效日期" rules={[{ required: true, message: '请选择生效日期' }]}>
          <DatePicker id="duties-effective-on" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="description" label="调整内容" rules={[{ required: true, whitespace: true, message: '请写明调整内容' }, { min: 4 }, { max: 1000 }]}>
          <Input.TextArea id="duties-description" rows={3} placeholder="如：承接县商务局划转的成品油流通领域行政执法职权" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
