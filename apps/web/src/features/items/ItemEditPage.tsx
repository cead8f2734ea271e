import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Card, Col, Form, Row, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError, messageOf } from '../../app/api/client.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { useCurrentUser } from '../../app/current-user.tsx';
import { createItem, fetchAgencyChoices, fetchItem, itemKeys, previewFlowchart, updateItem } from './api.ts';
import { FlowchartView } from './FlowchartView.tsx';
import { bodyOf, emptyValues, fieldOfError, type ItemValues, valuesOf } from './item-form.ts';
import { ItemForm } from './ItemForm.tsx';
import type { FlowchartPreviewBody } from './types.ts';

/** The value after it stopped changing for `ms`: the preview follows typing without a request per key. */
const useDebounced = <T,>(value: T, ms: number) => {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ms]);
  return settled;
};

/** 新增 / 编辑执法事项, with the 执法流程图 the item will publish, drawn by the server as the form changes. */
export const ItemEditPage = () => {
  const { id } = useParams();
  const creating = !id;
  const { account } = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<ItemValues>();
  const existing = useQuery({ queryKey: itemKeys.detail(id ?? ''), queryFn: () => fetchItem(id!), enabled: !creating });
  const sysadmin = account.roles.includes('system_admin');
  const agencies = useQuery({ queryKey: itemKeys.agencies, queryFn: fetchAgencyChoices, enabled: creating && sysadmin, staleTime: 300_000 });
  // The form mounts once its values are known; antd reads initialValues only on mount.
  const initial = creating ? emptyValues() : existing.data ? valuesOf(existing.data) : null;

  const kind = Form.useWatch('kind', form);
  const procedure = Form.useWatch('procedure', form);
  const legalReview = Form.useWatch('legalReview', form);
  const statutoryDays = Form.useWatch('statutoryDays', form);
  const dayKind = Form.useWatch('dayKind', form);
  const promisedDays = Form.useWatch('promisedDays', form);
  const name = Form.useWatch('name', form);
  const previewBody = useDebounced<FlowchartPreviewBody | null>(
    kind
      ? {
          kind,
          procedure: kind === 'penalty' ? (procedure ?? 'general') : 'general',
          legalReview: legalReview ?? 'major-only',
          timeLimit: statutoryDays ? { statutoryDays, dayKind: dayKind ?? 'working', promisedDays: promisedDays || null } : null,
          ...(name?.trim() ? { name: name.trim() } : {}),
        }
      : null,
    400,
  );
  const preview = useQuery({ queryKey: itemKeys.preview(previewBody ?? { kind: 'other' }), queryFn: () => previewFlowchart(previewBody!), enabled: previewBody !== null, staleTime: Infinity });

  const save = useMutation({
    mutationFn: (values: ItemValues) => (creating ? createItem(bodyOf(values)) : updateItem(id!, bodyOf(values))),
    onSuccess: (saved) => {
      queryClient.setQueryData(itemKeys.detail(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: [...itemKeys.all, 'list'] });
      void queryClient.invalidateQueries({ queryKey: itemKeys.flowchart(saved.id) });
      message.success(creating ? `已新增执法事项 ${saved.code}` : `已保存 ${saved.code}`);
      void navigate('/items', { replace: true });
    },
    onError: (error) => {
      const field = isApiError(error) ? fieldOfError(error.details) : null;
      if (field) form.setFields([{ name: field as never, errors: [messageOf(error)] }]);
    },
  });

  return (
    <>
      <PageHeader
        title={creating ? '新增执法事项' : `编辑执法事项${existing.data ? `：${existing.data.code}` : ''}`}
        description="保存后即在公示平台的权责清单中公开。实施依据逐条核对法律法规库；处罚金额以元填写，按分保存。"
      />
      {existing.isError && <ErrorAlert error={existing.error} onRetry={() => void existing.refetch()} />}
      <Row gutter={16} align="top">
        <Col xs={24} xl={14}>
          <Card>
            {initial ? (
              <ItemForm
                form={form}
                initialValues={initial}
                creating={creating}
                agencies={sysadmin ? (agencies.data?.items ?? []) : undefined}
                submitting={save.isPending}
                error={save.isError ? messageOf(save.error) : null}
                onSubmit={(values) => save.mutate(values)}
                onCancel={() => void navigate('/items')}
              />
            ) : (
              <Skeleton active />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title="执法流程图预览" style={{ position: 'sticky', top: 80 }} data-testid="flowchart-preview">
            <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
              由事项的类别、程序、法制审核方式和办理时限生成，与公示平台上的流程图一致。
            </Typography.Paragraph>
            {preview.isError ? <ErrorAlert error={preview.error} /> : <FlowchartView chart={preview.data} loading={preview.isFetching} />}
          </Card>
        </Col>
      </Row>
    </>
  );
};
