import { Alert } from 'antd';
import { MIN_CLASSES, MIN_LENGTH } from './password-rules.ts';

export const PasswordRules = () => (
  <Alert
    type="info"
    showIcon
    title="密码要求"
    description={
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        <li>长度至少 {MIN_LENGTH} 位；</li>
        <li>包含小写字母、大写字母、数字、符号四类中的至少 {MIN_CLASSES} 类；</li>
        <li>不能包含用户名，不能与当前密码相同。</li>
      </ul>
    }
    style={{ marginBottom: 16 }}
  />
);
