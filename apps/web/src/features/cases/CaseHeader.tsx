import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { CaseDetail } from '../../app/api/types.ts';
import { useDocumentTitle } from '../../app/components/PageHeader.tsx';
import { statusColor } from './labels.ts';

/** 案源编号 (and 案件编号 once filed), 案由 and where the case stands. */
export const CaseHeader = ({ item }: { item: CaseDetail }) => {
  const navigate = useNavigate();
  useDocumentTitle(item.caseNumber ?? item.clueNumber);
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
      <div style={{ minWidth: 0 }}>
        <Flex gap={12} align="center" wrap style={{ marginBottom: 4 }}>
          <Typography.Text type="secondary">
            案源编号{' '}
            <Typography.Text copyable data-testid="clue-number">
              {item.clueNumber}
            </Typography.Text>
          </Typography.Text>
          {item.caseNumber && (
            <Typography.Text type="secondary">
              案件编号{' '}
              <Typography.Text copyable strong data-testid="case-number">
                {item.caseNumber}
              </Typography.Text>
            </Typography.Text>
          )}
        </Flex>
        <Flex gap={8} align="center" wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="case-title">
            {item.title}
          </Typography.Title>
          <Tag color={statusColor(item.status)} data-testid="case-status" style={{ marginInlineEnd: 0 }}>
            {item.statusLabel}
          </Tag>
        </Flex>
      </div>
      <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/cases')}>
        案件列表
      </Button>
    </Flex>
  );
};
