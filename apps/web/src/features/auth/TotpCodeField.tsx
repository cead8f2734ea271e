import { Form, Input } from 'antd';

const digitsOnly = (value: string | undefined) => (value ?? '').replace(/\D/g, '').slice(0, 6);

/** The 6-digit code input (#totp-code); pasted "123 456" becomes "123456". */
export const TotpCodeField = ({ autoFocus = true }: { autoFocus?: boolean }) => (
  <Form.Item
    name="code"
    label="动态口令"
    htmlFor="totp-code"
    normalize={digitsOnly}
    rules={[
      { required: true, message: '请输入动态口令' },
      { pattern: /^\d{6}$/, message: '动态口令为 6 位数字' },
    ]}
  >
    <Input
      id="totp-code"
      size="large"
      autoFocus={autoFocus}
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      placeholder="6 位数字"
      className="totp-code-input"
      style={{ letterSpacing: 8, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 20 }}
    />
  </Form.Item>
);
