import { PENALTY_KIND_LABELS, PENALTY_KINDS } from '@sanxiang/domain/items/catalog';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { messageOf } from '../../app/api/client.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { useCan, useCurrentUser } from '../../app/current-user.tsx';
import { fetchAgencies } from '../registry/api.ts';
import { fetchCatalogue, type ReviewCatalogue, reviewKeys, saveCatalogue } from './api.ts';
import { fenToYuan, yuanToFen } from './labels.ts';

type EntryValues = { code: string; label: string; itemCodes?: string; fields?: string[]; penaltyKinds?: string[] };
type Values = { person: number; organization: number; confiscation: number; kinds: string[]; reviewWorkingDays: number; extensionWorkingDays: number; entries: EntryValues[] };

const FIELDS = [
  { value: 'market', label: '市场监管' },
  { value: 'ecology', label: '生态环境' },
  { value: 'comprehensive', label: '综合行政执法' },
];

const toValues = (c: ReviewCatalogue): Values => ({
  person: fenToYuan(c.fineFen.person),
  organization: fenToYuan(c.fineFen.organization),
  confiscation: fenToYuan(c.confiscationFen),
  kinds: c.kinds,
  reviewWorkingDays: c.reviewWorkingDays,
  extensionWorkingDays: c.extensionWorkingDays,
  entries: c.entries.map((e) => ({ code: e.code, label: e.label, itemCodes: (e.itemCodes ?? []).join('，'), fields: e.fields, penaltyKinds: e.penaltyKinds })),
});
const toCatalogue = (v: Values): ReviewCatalogue => ({
  fineFen: { person: yuanToFen(v.person), organization: yuanToFen(v.organization) },
  confiscationFen: yuanToFen(v.confiscation),
  kinds: v.kinds as ReviewCatalogue['kinds'],
  reviewWorkingDays: v.reviewWorkingDays,
  extensionWorkingDays: v.extensionWorkingDays,
  entries: (v.entries ?? []).map((e) => ({
    code: e.code,
    label: e.label,
    ...(e.itemCodes?.trim() ? { itemCodes: e.itemCodes.split(/[,，\s]+/u).filter(Boolean) } : {}),
    ...(e.fields?.length ? { fields: e.fields } : {}),
    ...(e.penaltyKinds?.length ? { penaltyKinds: e.penaltyKinds as ReviewCatalogue['kinds'] } : {}),
  })),
});

/**
 * 法制审核目录清单: the thresholds, penalty kinds, extra rows (by enforcement item, field, penalty kind) and review period
 * of an agency, or the national default. Everyone in case work reads it; only the system admin saves it.
 */
export const CataloguePage = () => {
  const can = useCan();
  const { account } = useCurrentUser();
  const manage = can('review.catalogue.manage');
  const [agencyId, setAgencyId] = useState<string | null>(manage ? null : account.agency.id);
  const agencies = useQuery({ queryKey: ['agencies', 'all'], queryFn: fetchAgencies, enabled: manage });
  const catalogue = useQuery({ queryKey: reviewKeys.catalogue(agencyId), queryFn: () => fetchCatalogue(agencyId) });
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  useEffect(() => {
    if (catalogue.data) form.setFieldsValue(toValues(catalogue.data.catalogue));
  }, [catalogue.data, form]);
  const save = useMutation({
    mutationFn: (v: Values) => saveCatalogue(agencyId, toCatalogue(v)),
    onSuccess: (data) => {
      queryClient.setQueryData(reviewKeys.catalogue(agencyId), data);
      void queryClient.invalidateQueries({ queryKey: reviewKeys.all });
      message.success('法制审核目录清单已保存');
    },
  });

  return (
    <>
      <PageHeader title="法制审核目录清单" description="重大执法决定法制审核的范围（《中华人民共和国行政处罚法》第五十八条）：罚款、没收金额标准，处罚种类，特定执法事项和领域，以及审核期限。未单独设置的执法主体适用全国默认。" />
      <Card>
        {manage && (
          <Space style={{ marginBottom: 16 }} wrap>
            <Typography.Text>执法主体：</Typography.Text>
            <Select
              id="catalogue-agency"
              style={{ minWidth: 280 }}
              value={agencyId ?? ''}
              onChange={(v) => setAgencyId(v || null)}
              options={[{ value: '', label: '全国默认目录' }, ...(agencies.data?.items ?? []).filter((a) => !a.isSupervisor).map((a) => ({ value: a.id, label: a.name }))]}
            />
          </Space>
        )}
        {catalogue.isError && <ErrorAlert error={catalogue.error} onRetry={() => void catalogue.refetch()} />}
        {catalogue.data && agencyId && !catalogue.data.own && <Alert type="info" showIcon style={{ marginBottom: 16 }} message="本执法主体尚未单独设置，适用全国默认目录。保存后即为本机关的目录清单。" />}
        <Form form={form} layout="vertical" disabled={!manage} onFinish={(v) => save.mutate(v)}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="person" label="对公民罚款达到（元）" rules={[{ required: true }]}>
                <InputNumber id="catalogue-person" min={0.01} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="organization" label="对法人或其他组织罚款达到（元）" rules={[{ required: true }]}>
                <InputNumber id="catalogue-organization" min={0.01} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="confiscation" label="没收违法所得或非法财物价值达到（元）" rules={[{ required: true }]}>
                <InputNumber min={0.01} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="kinds" label="不论金额均须审核的处罚种类">
            <Checkbox.Group options={PENALTY_KINDS.filter((k) => k !== 'fine').map((k) => ({ value: k, label: PENALTY_KIND_LABELS[k] }))} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Form.Item name="reviewWorkingDays" label="审核期限（工作日）" rules={[{ required: true }]}>
                <InputNumber min={1} max={30} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="extensionWorkingDays" label="经批准可延长（工作日）" rules={[{ required: true }]}>
                <InputNumber min={0} max={30} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Title level={5}>目录清单其他事项</Typography.Title>
          <Form.List name="entries">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Row key={f.key} gutter={8} align="top">
                    <Col xs={24} md={3}><Form.Item name={[f.name, 'code']} rules={[{ required: true, message: '编号' }]}><Input placeholder="编号" /></Form.Item></Col>
                    <Col xs={24} md={6}><Form.Item name={[f.name, 'label']} rules={[{ required: true, message: '事项名称' }]}><Input placeholder="审核事项名称" /></Form.Item></Col>
                    <Col xs={24} md={5}><Form.Item name={[f.name, 'itemCodes']}><Input placeholder="执法事项编码（逗号分隔）" /></Form.Item></Col>
                    <Col xs={24} md={4}><Form.Item name={[f.name, 'fields']}><Select mode="multiple" placeholder="执法领域" options={FIELDS} /></Form.Item></Col>
                    <Col xs={24} md={5}><Form.Item name={[f.name, 'penaltyKinds']}><Select mode="multiple" placeholder="处罚种类" options={PENALTY_KINDS.map((k) => ({ value: k, label: PENALTY_KIND_LABELS[k] }))} /></Form.Item></Col>
                    <Col xs={24} md={1}>{manage && <Button type="link" danger onClick={() => remove(f.name)}>删除</Button>}</Col>
                  </Row>
                ))}
                {manage && <Button onClick={() => add({ code: '', label: '' })} style={{ marginBottom: 16 }}>增加目录事项</Button>}
              </>
            )}
          </Form.List>
          {save.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={messageOf(save.error)} />}
          {manage && (
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="catalogue-save">
              保存目录清单
            </Button>
          )}
        </Form>
      </Card>
    </>
  );
};
