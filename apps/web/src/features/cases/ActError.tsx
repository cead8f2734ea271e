import { Alert, Typography } from 'antd';
import { isApiError, messageOf } from '../../app/api/client.ts';
import { refusalsOf } from './act-fields.ts';

/** A refused act: the server's Chinese message, its stable code, and each refusal with the article it rests on. */
export const ActError = ({ error }: { error: unknown }) => {
  const refusals = refusalsOf(isApiError(error) ? error.details : undefined);
  return (
    <Alert
      type="error"
      showIcon
      data-testid="act-error"
      data-code={isApiError(error) ? error.code : undefined}
      style={{ marginBottom: 12 }}
      title={messageOf(error)}
      description={
        refusals.length > 1 || isApiError(error) ? (
          <>
            {refusals.length > 1 && (
              <ul style={{ margin: '4px 0', paddingInlineStart: 18 }} data-testid="act-refusals">
                {refusals.map((r) => (
                  <li key={r.code}>
                    {r.message}
                    {r.basis && <Typography.Text type="secondary">（{r.basis}）</Typography.Text>}
                  </li>
                ))}
              </ul>
            )}
            {isApiError(error) && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                代码 <span data-testid="act-error-code">{error.code}</span>
              </Typography.Text>
            )}
          </>
        ) : undefined
      }
    />
  );
};
