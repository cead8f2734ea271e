import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CASE_ACTION_RULES } from '@sanxiang/domain/cases/case-actions';
import { Alert, App, type ButtonProps, Form, Modal, Row, Typography } from 'antd';
import { useMemo } from 'react';
import type { CaseAction, CaseDetail } from '../../app/api/types.ts';
import { bodyOf, type FormValues, initialValuesOf } from './act-fields.ts';
import type { ActSpec } from './act-specs.ts';
import { ActField } from './ActField.tsx';
import { ActError } from './ActError.tsx';
import { caseKeys, fetchHandlerOptions, postAct } from './api.ts';

type Props = { act: CaseAction; spec: ActSpec; item: CaseDetail; onClose: () => void };

/** Any act's form, drawn from its field list (act-specs.ts), posted as the contract's body; refusals shown in place. */
export const ActForm = ({ act, spec, item, onClose }: Props) => {
  const [form] = Form.useForm<FormValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const needsOfficers = spec.fields.some((f) => f.kind === 'chair');
  const officers = useQuery({ queryKey: caseKeys.handlerOptions, queryFn: fetchHandlerOptions, enabled: needsOfficers });
  const initialValues = useMemo(() => {
    const base = initialValuesOf(spec.fields);
    // The officers who took part default to the case's handlers (at least two are needed).
    if (spec.fields.some((f) => f.kind === 'participants')) base.participantAccountIds = item.handlers.map((h) => h.accountId);
    return { ...base, ...spec.initial?.(item) };
  }, [spec, item]);
  const submit = useMutation({
    mutationFn: (body: Record<string, unknown>) => postAct(item.id, spec.path ?? `acts/${act}`, body),
    // A reload of the case still under way would land after the act's answer and show the case as it was before.
    onMutate: () => queryClient.cancelQueries({ queryKey: caseKeys.detail(item.id) }),
    onSuccess: (updated) => {
      queryClient.setQueryData(caseKeys.detail(item.id), updated);
      void queryClient.invalidateQueries({ queryKey: [...caseKeys.all, 'list'] });
      message.success(spec.done?.(updated) ?? `已办理：${CASE_ACTION_RULES[act].label}`);
      onClose();
    },
  });
  const label = CASE_ACTION_RULES[act].label;
  const hint = spec.hint?.(item);
  return (
    <Modal
      title={label}
      open
      width={spec.wide ? 880 : 600}
      okText={spec.okText ?? '提交'}
      okButtonProps={{ 'data-testid': 'act-submit' } as ButtonProps}
      confirmLoading={submit.isPending}
      onOk={() => void form.validateFields().then((values) => submit.mutate(bodyOf(spec.fields, values)))}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
    >
      {spec.note && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {spec.note}
        </Typography.Paragraph>
      )}
      {hint && <Alert type="info" showIcon title={hint} data-testid="act-hint" style={{ marginBottom: 12 }} />}
      {submit.isError && <ActError error={submit.error} />}
      <Form form={form} layout="vertical" preserve={false} initialValues={initialValues} data-testid={`act-form-${act}`} scrollToFirstError>
        <Row gutter={16}>
          {spec.fields.map((field) => (
            <ActField key={field.name} spec={field} ctx={{ act, item, officers: officers.data?.items ?? [] }} />
          ))}
        </Row>
      </Form>
    </Modal>
  );
};
