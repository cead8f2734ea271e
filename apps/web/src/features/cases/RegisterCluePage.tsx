import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Card, Form } from 'antd';
import { useNavigate } from 'react-router';
import { isApiError, messageOf } from '../../app/api/client.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { useCurrentUser } from '../../app/current-user.tsx';
import { caseKeys, fetchHandlerOptions, fetchPartyOptions, registerClue } from './api.ts';
import { type ClueValues, fieldOfError } from './clue-form.ts';
import { ClueForm } from './ClueForm.tsx';

/** 案源登记: the first entry of a case's record; the registering officer leads the case. */
export const RegisterCluePage = () => {
  const { account } = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<ClueValues>();
  const handlers = useQuery({ queryKey: caseKeys.handlerOptions, queryFn: fetchHandlerOptions });
  const parties = useQuery({ queryKey: caseKeys.partyOptions, queryFn: fetchPartyOptions, staleTime: 300_000 });
  const self = handlers.data?.items.find((h) => h.accountId === account.id);

  const register = useMutation({
    mutationFn: registerClue,
    onSuccess: (created) => {
      queryClient.setQueryData(caseKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: [...caseKeys.all, 'list'] });
      message.success(`案源已登记，案源编号 ${created.clueNumber}`);
      void navigate(`/cases/${created.id}`, { replace: true });
    },
    onError: (error) => {
      const field = isApiError(error) ? fieldOfError(error.code, error.details) : null;
      if (field) form.setFields([{ name: field, errors: [messageOf(error)] }]);
    },
  });

  return (
    <>
      <PageHeader
        title="登记案源"
        description="发现涉嫌违法的线索后及时登记。登记即成为案件全过程记录的第一条，此后不能修改或删除，更正须另行记录。"
      />
      <Card style={{ maxWidth: 960 }}>
        {handlers.isError && <ErrorAlert error={handlers.error} title="无法加载承办人员" onRetry={() => void handlers.refetch()} />}
        {parties.isError && <ErrorAlert error={parties.error} title="无法加载当事人" onRetry={() => void parties.refetch()} />}
        {handlers.data &&
          (self ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={`主办人：${self.name}（执法证号 ${self.certificateNo}${self.expiresSoon ? '，即将到期' : ''}）`}
            />
          ) : (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title="您今天不能作为主办人登记案源"
              description="只有持有效执法证的执法人员才能承办案件（《行政处罚法》第四十二条）。请核实您的执法证状态。"
            />
          ))}
        <ClueForm
          form={form}
          parties={{ items: parties.data?.items ?? [], loading: parties.isPending }}
          coHandlers={{ items: handlers.data?.items.filter((h) => h.accountId !== account.id) ?? [], loading: handlers.isPending }}
          submitting={register.isPending}
          error={register.isError ? messageOf(register.error) : null}
          onSubmit={(body) => register.mutate(body)}
          onCancel={() => void navigate('/cases')}
        />
      </Card>
    </>
  );
};
