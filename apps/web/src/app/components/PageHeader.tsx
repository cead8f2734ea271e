import { Flex, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';

type Props = { title: string; description?: ReactNode; extra?: ReactNode };

/** The title block every page starts with; also names the browser tab. */
export const PageHeader = ({ title, description, extra }: Props) => {
  useDocumentTitle(title);
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {description && (
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
            {description}
          </Typography.Text>
        )}
      </div>
      {extra && <Flex gap={8} wrap>{extra}</Flex>}
    </Flex>
  );
};

export const useDocumentTitle = (title: string) => {
  useEffect(() => {
    document.title = `${title} · 三项 · 行政执法工作台`;
  }, [title]);
};
