import { ArrowLeftOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../app/api/client.ts';
import type { OfficerDetail } from '../../app/api/types.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { useDocumentTitle } from '../../app/components/PageHeader.tsx';
import { useCan } from '../../app/current-user.tsx';
import { formatBeijing, formatDate } from '../../app/format.ts';
import { NotFound } from '../../app/NotFound.tsx';
import { fetchAgencies, fetchOfficer, fetchOfficerHistory, fetchRegistryOptions, OFFICER_NOT_FOUND, qrImageUrl, qrPrintUrl, registryKeys } from './api.ts';
import { HistoryTimeline } from './HistoryTimeline.tsx';
import { daysLeftText } from './labels.ts';
import { OfficerFormModal } from './OfficerFormModal.tsx';
import { StandingTag } from './StandingTag.tsx';
import { type StatusChange, StatusChangeModal } from './StatusChangeModal.tsx';

const none = (text = '—') => <Typography.Text type="secondary">{text}</Typography.Text>;
const isMissing = (error: unknown) => isApiError(error, OFFICER_NOT_FOUND) || isApiError(error, 'VALIDATION_FAILED');

/** One officer: the register entry, the 亮证 QR code and its verification page, and the history of changes. */
export const OfficerPage = () => {
  const { id = '' } = useParams();
  const detail = useQuery({ queryKey: registryKeys.officer(id), queryFn: () => fetchOfficer(id) });
  if (detail.isError && isMissing(detail.error)) {
    return <NotFound testId="officer-not-found" title="没有这个执法人员" subTitle="执法人员不存在，或不在您的查阅范围内。" back={{ to: '/officers', label: '返回执法人员' }} />;
  }
  if (detail.isError) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  return <OfficerView officer={detail.data} />;
};

const OfficerView = ({ officer }: { officer: OfficerDetail }) => {
  const can = useCan();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useDocumentTitle(`执法人员 ${officer.name}`);
  const [editing, setEditing] = useState(false);
  const [change, setChange] = useState<StatusChange | null>(null);
  const history = useQuery({ queryKey: registryKeys.officerHistory(officer.id), queryFn: () => fetchOfficerHistory(officer.id) });
  const manage = can('officer.manage');
  const agencies = useQuery({ queryKey: registryKeys.agencies, queryFn: fetchAgencies, staleTime: 5 * 60_000, enabled: manage });
  const options = useQuery({ queryKey: registryKeys.options, queryFn: fetchRegistryOptions, staleTime: 60 * 60_000, enabled: manage });
  const revoked = officer.status === 'revoked';

  const saved = (o: OfficerDetail, text: string) => {
    queryClient.setQueryData(registryKeys.officer(o.id), o);
    void queryClient.invalidateQueries({ queryKey: registryKeys.officers });
    void message.success(text);
  };

  return (
    <>
      <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
        <div>
          <Typography.Text type="secondary">{officer.agencyName}</Typography.Text>
          <Flex gap={8} align="center" wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="officer-name">
              {officer.name}
            </Typography.Title>
            <StandingTag officer={officer} />
            {officer.isDemo && <Tag variant="filled">演示</Tag>}
          </Flex>
        </div>
        <Flex gap={8} wrap>
          {manage && !revoked && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                编辑
              </Button>
              {officer.status === 'active' ? (
                <Button onClick={() => setChange('suspend')}>暂扣执法证</Button>
              ) : (
                <Button onClick={() => setChange('reinstate')}>恢复执法证</Button>
              )}
              <Button danger onClick={() => setChange('revoke')}>
                吊销执法证
              </Button>
            </>
          )}
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/officers')}>
            执法人员
          </Button>
        </Flex>
      </Flex>
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          <Card title="执法证信息" size="small" style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              data-testid="officer-facts"
              items={[
                { key: 'gender', label: '性别', children: officer.genderLabel },
                { key: 'post', label: '职务', children: officer.post ?? none() },
                { key: 'unit', label: '内设机构', children: officer.unitName ?? none() },
                { key: 'fields', label: '执法领域', children: officer.fieldLabels.join('、') },
                { key: 'no', label: '执法证号', children: <Typography.Text copyable style={{ fontFamily: 'monospace' }}>{officer.certificateNo}</Typography.Text> },
                { key: 'issuer', label: '发证机关', children: officer.certificateIssuer },
                { key: 'validity', label: '有效期', children: `${formatDate(officer.validFrom)} 至 ${formatDate(officer.validTo)}` },
                {
                  key: 'standing',
                  label: `证件状态（${formatDate(officer.today)}）`,
                  children: (
                    <Flex gap={8} align="center">
                      <StandingTag officer={officer} />
                      <Typography.Text type="secondary">{daysLeftText(officer.standing, officer.daysLeft)}</Typography.Text>
                    </Flex>
                  ),
                },
                {
                  key: 'flags',
                  label: '资格',
                  children: (
                    <>
                      {officer.legalQualification ? <Tag color="blue">法律职业资格</Tag> : <Tag>无法律职业资格</Tag>}
                      {officer.isLegalReviewer && <Tag color="purple">法制审核人员</Tag>}
                    </>
                  ),
                },
                { key: 'account', label: '工作台账户', children: officer.account?.username ?? none('未关联') },
                { key: 'id', label: '身份证号', children: officer.idNumberMasked ?? none('未登记') },
                { key: 'phone', label: '联系电话', children: officer.phoneMasked ?? none('未登记') },
                { key: 'updated', label: '最近变更', children: formatBeijing(officer.updatedAt, 'YYYY-MM-DD HH:mm') },
              ]}
            />
          </Card>
          <Card title="变更历史" size="small" extra={<Typography.Text type="secondary">按登记时间倒序 · 北京时间</Typography.Text>}>
            {history.isError && <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />}
            {history.isPending ? <Skeleton active /> : <HistoryTimeline items={history.data?.items ?? []} />}
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title="亮证二维码" size="small" data-testid="officer-qr-card">
            <Flex vertical align="center" gap={8}>
              <img src={qrImageUrl(officer.id)} alt={`${officer.name}的亮证二维码`} width={200} height={200} data-testid="officer-qr" />
              <Typography.Paragraph type="secondary" style={{ fontSize: 12, textAlign: 'center', margin: 0 }}>
                当事人扫码即可在公示平台核验执法证是否有效。二维码含随机令牌，不能由人员编号推出。
              </Typography.Paragraph>
              <Typography.Link href={officer.verifyUrl} target="_blank" rel="noreferrer" data-testid="verify-link" style={{ wordBreak: 'break-all', fontSize: 12 }}>
                {officer.verifyUrl}
              </Typography.Link>
              <Button icon={<PrinterOutlined />} href={qrPrintUrl(officer.id)} target="_blank">
                打印二维码
              </Button>
            </Flex>
          </Card>
        </Col>
      </Row>
      {manage && (
        <OfficerFormModal
          open={editing}
          officer={officer}
          agencies={agencies.data?.items ?? []}
          options={options.data}
          onClose={() => setEditing(false)}
          onSaved={(o) => {
            setEditing(false);
            saved(o, '已保存，变更已记入历史');
            void history.refetch();
          }}
        />
      )}
      <StatusChangeModal
        officer={officer}
        change={change}
        onClose={() => setChange(null)}
        onDone={(o) => {
          setChange(null);
          saved(o, change === 'revoke' ? '执法证已吊销' : change === 'suspend' ? '执法证已暂扣' : '执法证已恢复');
          void history.refetch();
        }}
      />
    </>
  );
};
