import { useQuery } from '@tanstack/react-query';
import { useCan } from '../../app/current-user.tsx';
import { accountKeys, fetchAccounts, fetchAgencyOptions } from './api.ts';

export type AgencyChoice = { id: string; name: string; units: { id: string; name: string }[] };

const collator = new Intl.Collator('zh-CN');

/**
 * Agencies for the filter and the create form. The agency list endpoint is for the system admin only;
 * the security admin (who also reads every agency's accounts) gets the agencies that have accounts.
 */
export const useAgencyChoices = () => {
  const can = useCan();
  const full = can('account.create');
  const global = can('account.read-all');
  const options = useQuery({ queryKey: accountKeys.agencies, queryFn: fetchAgencyOptions, enabled: full, staleTime: 5 * 60_000 });
  const derived = useQuery({
    queryKey: [...accountKeys.agencies, 'from-accounts'],
    queryFn: async (): Promise<AgencyChoice[]> => {
      const { items } = await fetchAccounts({ page: 1, pageSize: 200 });
      const byId = new Map(items.map((a) => [a.agencyId, { id: a.agencyId, name: a.agencyName, units: [] }]));
      return [...byId.values()].sort((a, b) => collator.compare(a.name, b.name));
    },
    enabled: global && !full,
    staleTime: 5 * 60_000,
  });
  const choices: AgencyChoice[] = full ? (options.data?.items ?? []) : (derived.data ?? []);
  return { choices, available: global, loading: full ? options.isPending : derived.isPending };
};
