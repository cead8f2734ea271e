import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import type { Me } from '../../app/api/types.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { useCan, useCurrentUser } from '../../app/current-user.tsx';
import { caseListKey, type CaseListQuery as CasesListQuery, fetchCaseList } from './case-list-api.ts';
import { mineSettingFor, paramsOf, queryOf, showsAgencyColumn } from './case-query.ts';
import { CaseFilters } from './CaseFilters.tsx';
import { CasesTable } from './CasesTable.tsx';

/** Which cases this list holds, in the words of the server's scope for the user's broadest role. */
const scopeText = ({ roles, agency, unit }: Me['account']) => {
  if (roles.includes('supervisor')) return '本辖区各行政执法机关的案件，供执法监督查阅（只读）。';
  if (roles.includes('agency_head') || roles.includes('legal_reviewer')) return `本机关（${agency.name}）的全部案件。`;
  if (roles.includes('unit_head')) return `本机构（${unit?.name ?? agency.name}）的案件。`;
  return '您承办的案件。';
};

export const CasesPage = () => {
  const { account } = useCurrentUser();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const mine = mineSettingFor(account.roles);
  const query = queryOf(params, mine);
  const cases = useQuery({ queryKey: caseListKey(query), queryFn: () => fetchCaseList(query), placeholderData: keepPreviousData });
  const update = (next: Partial<CasesListQuery>) => setParams(paramsOf({ ...query, ...next }, mine));
  const filtered = Boolean(query.q || query.status?.length || query.from || query.to || query.officerId || query.itemId || query.party || query.due);

  return (
    <>
      <PageHeader
        title="案件办理"
        description={scopeText(account)}
        extra={
          can('case.create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/cases/new')}>
              登记案源
            </Button>
          )
        }
      />
      <Card>
        <CaseFilters
          query={query}
          mineOffered={mine.mineDefault !== undefined}
          onChange={(patch) => update({ ...patch, page: 1 })}
          onRefresh={() => void cases.refetch()}
        />
        {cases.isError && <ErrorAlert error={cases.error} onRetry={() => void cases.refetch()} />}
        <CasesTable
          page={cases.data}
          loading={cases.isFetching}
          showAgency={showsAgencyColumn(account.roles, account.agency.id, cases.data?.items.map((c) => c.agencyId) ?? [])}
          emptyText={filtered || query.mine ? '没有符合条件的案件' : '暂无案件'}
          onPageChange={(page, pageSize) => update({ page, pageSize })}
        />
      </Card>
    </>
  );
};
