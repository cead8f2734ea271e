import { FilePdfOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Col, Form, Result, Row, Select, Typography } from 'antd';
import { Link } from 'react-router';
import type { CaseDetail } from '../../app/api/types.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { useCurrentUser } from '../../app/current-user.tsx';
import type { FieldSpec } from './act-fields.ts';
import { ActError } from './ActError.tsx';
import { ActField } from './ActField.tsx';
import { caseKeys, decideOnTheSpot, fetchHandlerOptions, fetchPartyOptions } from './api.ts';
import { documentPdfUrl, money } from './case-progress.ts';
import { onTheSpotBodyOf, onTheSpotWarnings, type OnTheSpotValues } from './on-the-spot.ts';
import { PartySelect } from './PartySelect.tsx';
import { serverNow } from '../../app/format.ts';

const ACT = 'on-the-spot';
const FACTS: FieldSpec[] = [
  { kind: 'text', name: 'title', label: '案由', min: 4, max: 120, placeholder: '如“占道经营”' },
  { kind: 'text', name: 'place', label: '地点', min: 2, max: 200, half: true },
  { kind: 'datetime', name: 'occurredAt', label: '违法时间', half: true },
  { kind: 'textarea', name: 'facts', label: '违法事实', min: 10, max: 5000 },
  { kind: 'text', name: 'violatedProvisions', label: '违反的法律规定', min: 4, max: 1000, half: true },
  { kind: 'text', name: 'penaltyBasis', label: '处罚依据', min: 4, max: 1000, half: true },
  { kind: 'radio', name: 'penaltyKind', label: '处罚', choices: [{ value: 'warning', label: '警告' }, { value: 'fine', label: '罚款' }], half: true },
];
const AMOUNT: FieldSpec = { kind: 'money', name: 'amountYuan', label: '罚款金额', half: true, extra: '公民200元以下、法人或者其他组织3000元以下（《行政处罚法》第五十一条）。' };
const RECEIPT: FieldSpec = { kind: 'text', name: 'receiptNumber', label: '专用票据号码', min: 2, max: 60, half: true };

const Decided = ({ item, onNext }: { item: CaseDetail; onNext: () => void }) => {
  const doc = item.documents.find((d) => d.kind === 'on-the-spot-decision');
  return (
    <Result
      status="success"
      title={<span data-testid="spot-decision-number">{item.decisionNumber}</span>}
      subTitle={`当场行政处罚决定书已生成：${item.partyName ?? ''}，${item.fineFen ? `罚款 ${money(item.fineFen)}` : '警告'}。请当场交付当事人，并在规定期限内报所属行政机关备案。`}
      extra={[
        doc && (
          <Button key="pdf" type="primary" icon={<FilePdfOutlined />} href={documentPdfUrl(item.id, doc.id)} target="_blank" data-testid="spot-decision-pdf">
            决定书 PDF
          </Button>
        ),
        <Link key="case" to={`/cases/${item.id}`} data-testid="spot-case-link">
          <Button>查看案件</Button>
        </Link>,
        <Button key="next" onClick={onNext}>
          再办一件
        </Button>,
      ]}
    />
  );
};

/** 简易程序（当场处罚）: one screen for a warning or a small fine decided on the spot (处罚法 第五十一、五十二条). */
export const OnTheSpotPage = () => {
  const { account } = useCurrentUser();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<OnTheSpotValues>();
  const values = Form.useWatch([], form) ?? {};
  const parties = useQuery({ queryKey: caseKeys.partyOptions, queryFn: fetchPartyOptions, staleTime: 300_000 });
  const officers = useQuery({ queryKey: caseKeys.handlerOptions, queryFn: fetchHandlerOptions });
  const decide = useMutation({
    mutationFn: decideOnTheSpot,
    onSuccess: (created) => {
      queryClient.setQueryData(caseKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: [...caseKeys.all, 'list'] });
    },
  });
  const partyKind = parties.data?.items.find((p) => p.id === values.partyId)?.kind;
  const warnings = onTheSpotWarnings(partyKind, values);
  const fine = values.penaltyKind === 'fine';
  const ctx = { act: ACT, officers: [] };

  return (
    <>
      <PageHeader title="当场处罚" description="违法事实确凿并有法定依据，对公民处二百元以下、对法人或者其他组织处三千元以下罚款或者警告的，可以当场作出行政处罚决定（《行政处罚法》第五十一条）。" />
      <Card style={{ maxWidth: 960 }}>
        {decide.data ? (
          <Decided item={decide.data} onNext={() => { decide.reset(); form.resetFields(); }} />
        ) : (
          <Form<OnTheSpotValues>
            form={form}
            layout="vertical"
            data-testid="act-form-on-the-spot"
            initialValues={{ occurredAt: serverNow().startOf('minute'), penaltyKind: 'fine' }}
            onFinish={(v) => decide.mutate(onTheSpotBodyOf(v))}
            scrollToFirstError
          >
            {parties.isError && <ErrorAlert error={parties.error} title="无法加载当事人" onRetry={() => void parties.refetch()} />}
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="partyId" label="当事人" htmlFor={`${ACT}_partyId`} rules={[{ required: true, message: '请选择当事人' }]}>
                  <PartySelect id={`${ACT}_partyId`} parties={parties.data?.items ?? []} loading={parties.isPending} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="coOfficerAccountId" label="同行执法人员" htmlFor={`${ACT}_coOfficerAccountId`} rules={[{ required: true, message: '请选择同行的执法人员' }]} extra="执法人员不得少于两人，并出示执法证件（第五十二条）。">
                  <Select
                    id={`${ACT}_coOfficerAccountId`}
                    loading={officers.isPending}
                    showSearch={{ optionFilterProp: 'label' }}
                    options={(officers.data?.items ?? []).filter((o) => o.accountId !== account.id).map((o) => ({ value: o.accountId, label: `${o.name}（执法证号 ${o.certificateNo}）` }))}
                  />
                </Form.Item>
              </Col>
              {FACTS.map((spec) => (
                <ActField key={spec.name} spec={spec} ctx={ctx} />
              ))}
              {fine && <ActField spec={AMOUNT} ctx={ctx} />}
              <Col span={24}>
                <Form.Item name="statementHeard" valuePropName="checked" rules={[{ validator: async (_, v) => { if (!v) throw new Error('须告知当事人作出处罚的事实、理由和依据，并听取其陈述、申辩'); } }]}>
                  <Checkbox id={`${ACT}_statementHeard`}>已告知当事人拟作出处罚的事实、理由和依据，并听取了陈述、申辩（第四十四、四十五条）</Checkbox>
                </Form.Item>
              </Col>
              {fine && (
                <Col span={24}>
                  <Form.Item name="collectedOnTheSpot" valuePropName="checked" style={{ marginBottom: 8 }} extra="依法给予一百元以下罚款，或者不当场收缴事后难以执行的，可以当场收缴罚款（第六十八条），须出具专用票据。">
                    <Checkbox id={`${ACT}_collectedOnTheSpot`}>当场收缴罚款</Checkbox>
                  </Form.Item>
                </Col>
              )}
              {fine && values.collectedOnTheSpot && (
                <>
                  <ActField spec={RECEIPT} ctx={ctx} />
                  <Col xs={24} md={12}>
                    <Form.Item name="hardToCollectLater" valuePropName="checked" label=" ">
                      <Checkbox id={`${ACT}_hardToCollectLater`}>不当场收缴事后难以执行</Checkbox>
                    </Form.Item>
                  </Col>
                </>
              )}
            </Row>
            {warnings.length > 0 && (
              <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="spot-warnings" title="不能适用简易程序" description={warnings.join('；')} />
            )}
            {decide.isError && <ActError error={decide.error} />}
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              提交后即生成编号的当场行政处罚决定书，记入执法全过程记录，不能修改或删除。
            </Typography.Paragraph>
            <Button type="primary" htmlType="submit" loading={decide.isPending} data-testid="spot-submit">
              作出当场处罚决定
            </Button>
          </Form>
        )}
      </Card>
    </>
  );
};
