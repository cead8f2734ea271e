import { Alert, Button } from 'antd';
import { messageOf } from '../api/client.ts';

type Props = { error: unknown; title?: string; onRetry?: () => void };

/** A failed load, with the server's Chinese message. */
export const ErrorAlert = ({ error, title = '加载失败', onRetry }: Props) => (
  <Alert
    type="error"
    showIcon
    title={title}
    description={messageOf(error)}
    action={
      onRetry && (
        <Button size="small" onClick={onRetry}>
          重试
        </Button>
      )
    }
    style={{ marginBottom: 16 }}
  />
);
