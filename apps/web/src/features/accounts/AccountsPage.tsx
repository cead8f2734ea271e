import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { AccountItem, CreatedAccount } from '../../app/api/types.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { useCan, useCurrentUser } from '../../app/current-user.tsx';
import { AccountActions } from './AccountActions.tsx';
import { AccountsTable } from './AccountsTable.tsx';
import { accountKeys, type AccountsQuery, fetchAccounts } from './api.ts';
import { CreateAccountModal } from './CreateAccountModal.tsx';
import { EditNameModal } from './EditNameModal.tsx';
import { InitialPasswordModal } from './InitialPasswordModal.tsx';
import { RolesModal } from './RolesModal.tsx';
import { useAgencyChoices } from './use-agency-choices.ts';

const positive = (value: string | null, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** The list's filters live in the address, so a reload or a shared link shows the same list. */
const queryOf = (params: URLSearchParams): AccountsQuery => ({
  page: positive(params.get('page'), 1),
  pageSize: Math.min(positive(params.get('pageSize'), 20), 200),
  q: params.get('q') || undefined,
  agencyId: params.get('agencyId') || undefined,
});

export const AccountsPage = () => {
  const { account: me } = useCurrentUser();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const accounts = useQuery({ queryKey: accountKeys.list(query), queryFn: () => fetchAccounts(query), placeholderData: keepPreviousData });
  const agencies = useAgencyChoices();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedAccount | null>(null);
  const [rolesOf, setRolesOf] = useState<AccountItem | null>(null);
  const [nameOf, setNameOf] = useState<AccountItem | null>(null);

  const update = (patch: Record<string, string | number | undefined>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      return next;
    });

  const hasActions = can('account.update') || can('role.grant') || can('session.revoke-any');
  const description = can('account.read-all')
    ? can('account.create')
      ? '新建账户、修改姓名、停用或启用账户。角色由安全管理员授予。'
      : '授予角色，强制下线，解除登录锁定，重置动态口令。账户由系统管理员新建。'
    : `查看本机关（${me.agency.name}）的账户与角色。`;

  return (
    <>
      <PageHeader
        title="用户与角色"
        description={description}
        extra={
          can('account.create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新建账户
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            id="account-search"
            key={query.q ?? ''}
            defaultValue={query.q}
            placeholder="按用户名或姓名搜索"
            allowClear
            enterButton="搜索"
            onSearch={(q) => {
              // Searching again for the same words means "refresh".
              if ((q.trim() || undefined) === query.q && query.page === 1) void accounts.refetch();
              update({ q: q.trim(), page: undefined });
            }}
            style={{ width: 320, maxWidth: '100%' }}
          />
          {agencies.available && (
            <Select
              id="account-agency"
              allowClear
              placeholder="全部机关"
              value={query.agencyId}
              loading={agencies.loading}
              showSearch={{ optionFilterProp: 'label' }}
              options={agencies.choices.map((a) => ({ value: a.id, label: a.name }))}
              onChange={(agencyId?: string) => update({ agencyId, page: undefined })}
              style={{ width: 260, maxWidth: '100%' }}
            />
          )}
        </Flex>
        {accounts.isError && <ErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} />}
        <AccountsTable
          page={accounts.data}
          loading={accounts.isFetching}
          onPageChange={(page, pageSize) => update({ page, pageSize })}
          actions={
            hasActions
              ? (a) => (
                  <AccountActions account={a} self={a.id === me.id} onEditRoles={() => setRolesOf(a)} onEditName={() => setNameOf(a)} />
                )
              : undefined
          }
        />
      </Card>
      <CreateAccountModal
        open={creating}
        agencies={agencies.choices}
        onClose={() => setCreating(false)}
        onCreated={(result) => {
          setCreating(false);
          setCreated(result);
          void accounts.refetch();
        }}
      />
      <InitialPasswordModal created={created} onClose={() => setCreated(null)} />
      {rolesOf && <RolesModal account={rolesOf} onClose={() => setRolesOf(null)} />}
      {nameOf && <EditNameModal account={nameOf} onClose={() => setNameOf(null)} />}
    </>
  );
};
