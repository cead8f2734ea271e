import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Badge, Button, Card, Flex, Input, InputNumber, Select, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { OfficerStanding, OfficerStatus } from '../../app/api/types.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { useCan, useCurrentUser } from '../../app/current-user.tsx';
import { fetchAgencies, fetchExpiring, fetchOfficers, fetchRegistryOptions, type OfficersQuery, registryKeys } from './api.ts';
import { STANDING_LABELS, STATUS_LABELS } from './labels.ts';
import { OfficerFormModal } from './OfficerFormModal.tsx';
import { OfficersTable } from './OfficersTable.tsx';

const positive = (value: string | null, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** The list's filters live in the address, so a reload or a shared link shows the same list. */
const queryOf = (params: URLSearchParams): OfficersQuery => ({
  page: positive(params.get('page'), 1),
  pageSize: Math.min(positive(params.get('pageSize'), 20), 200),
  q: params.get('q') || undefined,
  agencyId: params.get('agencyId') || undefined,
  standing: (params.get('standing') as OfficerStanding | null) ?? undefined,
  status: (params.get('status') as OfficerStatus | null) ?? undefined,
});

/**
 * 执法人员: the register of the actor's reach (own agency; a supervisor's jurisdiction; everything for the system
 * admin) and 证件到期提醒, the certificates that expire within N days or have expired.
 * Stable ids: #officer-search, #officer-agency-filter, #officer-standing, #officer-status, #expiring-days.
 */
export const OfficersPage = () => {
  const me = useCurrentUser();
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const tab = params.get('tab') === 'expiring' ? 'expiring' : 'list';
  const days = Math.min(positive(params.get('days'), 30), 365);
  const [creating, setCreating] = useState(false);

  const wide = can('officer.read-wide');
  const officers = useQuery({ queryKey: registryKeys.officerList(query), queryFn: () => fetchOfficers(query), placeholderData: keepPreviousData, enabled: tab === 'list' });
  const expiring = useQuery({ queryKey: registryKeys.expiring(days), queryFn: () => fetchExpiring(days) });
  const agencies = useQuery({ queryKey: registryKeys.agencies, queryFn: fetchAgencies, staleTime: 5 * 60_000 });
  const options = useQuery({ queryKey: registryKeys.options, queryFn: fetchRegistryOptions, staleTime: 60 * 60_000, enabled: can('officer.manage') });

  const update = (patch: Record<string, string | number | undefined>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      return next;
    });

  const reach = me.account.roles.includes('system_admin') ? '全部执法主体' : wide ? '辖区内各执法主体' : `本机关（${me.account.agency.name}）`;
  const visibleAgencies = (agencies.data?.items ?? []).filter((a) => !a.isSupervisor);
  const expired = expiring.data?.items.filter((o) => o.standing === 'expired').length ?? 0;

  return (
    <>
      <PageHeader
        title="执法人员"
        description={`${reach}的执法人员与执法证。证件到期前 30 天提醒；亮证二维码在人员详情页。`}
        extra={
          can('officer.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              登记执法人员
            </Button>
          )
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => update({ tab: key === 'list' ? undefined : key })}
          items={[
            {
              key: 'list',
              label: '人员名录',
              children: (
                <>
                  <Flex gap={12} wrap style={{ marginBottom: 16 }}>
                    <Input.Search
                      id="officer-search"
                      key={query.q ?? ''}
                      defaultValue={query.q}
                      placeholder="按姓名或执法证号搜索"
                      allowClear
                      enterButton="搜索"
                      maxLength={64}
                      onSearch={(q) => {
                        if ((q.trim() || undefined) === query.q && query.page === 1) void officers.refetch();
                        update({ q: q.trim(), page: undefined });
                      }}
                      style={{ width: 300, maxWidth: '100%' }}
                    />
                    {wide && (
                      <Select
                        id="officer-agency-filter"
                        aria-label="执法主体"
                        allowClear
                        placeholder="全部执法主体"
                        value={query.agencyId}
                        loading={agencies.isPending}
                        showSearch={{ optionFilterProp: 'label' }}
                        options={visibleAgencies.map((a) => ({ value: a.id, label: a.name }))}
                        onChange={(agencyId?: string) => update({ agencyId, page: undefined })}
                        style={{ width: 240, maxWidth: '100%' }}
                      />
                    )}
                    <Select
                      id="officer-standing"
                      aria-label="证件状态"
                      allowClear
                      placeholder="全部证件状态"
                      value={query.standing}
                      options={Object.entries(STANDING_LABELS).map(([value, label]) => ({ value, label }))}
                      onChange={(standing?: string) => update({ standing, page: undefined })}
                      style={{ width: 150 }}
                    />
                    <Select
                      id="officer-status"
                      aria-label="登记状态"
                      allowClear
                      placeholder="全部登记状态"
                      value={query.status}
                      options={Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))}
                      onChange={(status?: string) => update({ status, page: undefined })}
                      style={{ width: 150 }}
                    />
                  </Flex>
                  {officers.isError && <ErrorAlert error={officers.error} onRetry={() => void officers.refetch()} />}
                  <OfficersTable
                    items={officers.data?.items ?? []}
                    loading={officers.isFetching}
                    showAgency={wide}
                    pagination={{
                      page: officers.data?.page ?? query.page,
                      pageSize: officers.data?.pageSize ?? query.pageSize,
                      total: officers.data?.total ?? 0,
                      onChange: (page, pageSize) => update({ page, pageSize }),
                    }}
                  />
                </>
              ),
            },
            {
              key: 'expiring',
              label: (
                <Flex align="center" gap={6} data-testid="expiring-tab">
                  证件到期提醒
                  <Badge count={expiring.data?.items.length ?? 0} color={expired ? 'red' : 'gold'} showZero={false} />
                </Flex>
              ),
              children: (
                <>
                  <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
                    <Typography.Text>
                      <label htmlFor="expiring-days">今后</label>
                    </Typography.Text>
                    <InputNumber id="expiring-days" min={1} max={365} value={days} onChange={(v) => update({ days: v ?? undefined })} style={{ width: 90 }} />
                    <Typography.Text>天内到期及已过期的执法证（不含已吊销）</Typography.Text>
                  </Flex>
                  {expired > 0 && (
                    <Alert
                      type="error"
                      showIcon
                      title={`${expired} 人的执法证已过期：不得从事执法活动，请及时换证或吊销。`}
                      style={{ marginBottom: 12 }}
                      data-testid="expired-alert"
                    />
                  )}
                  {expiring.isError && <ErrorAlert error={expiring.error} onRetry={() => void expiring.refetch()} />}
                  <OfficersTable items={expiring.data?.items ?? []} loading={expiring.isFetching} showAgency={wide} emptyText="近期没有到期的执法证" />
                </>
              ),
            },
          ]}
        />
      </Card>
      {can('officer.manage') && (
        <OfficerFormModal
          open={creating}
          agencies={visibleAgencies}
          options={options.data}
          fixedAgencyId={me.account.roles.includes('system_admin') ? undefined : me.account.agency.id}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            void queryClient.invalidateQueries({ queryKey: registryKeys.officers });
            void navigate(`/officers/${saved.id}`);
          }}
        />
      )}
    </>
  );
};
