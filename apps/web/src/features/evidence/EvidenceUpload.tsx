import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, DatePicker, Flex, Form, Input, Modal, Progress, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { Upload as TusUpload } from 'tus-js-client';
import { evidenceKeys, fetchCsrfToken, KIND_OPTIONS, UPLOAD_ENDPOINT } from './api.ts';
import { addSample, type ProgressSample, progressStats } from './upload-progress.ts';

type Values = { kind: string; title: string; collectedAt?: Dayjs; collectedPlace?: string; method?: string; deviceId?: string; description?: string; restricted?: boolean };

const serverMessage = (error: Error) => {
  const body = (error as { originalResponse?: { getBody?: () => string } }).originalResponse?.getBody?.();
  try {
    const parsed = body ? (JSON.parse(body) as { message?: string }) : undefined;
    if (parsed?.message) return parsed.message;
  } catch {
    // not JSON
  }
  return '上传失败，请检查网络后重试（已上传的部分会保留，重新选择同一文件即可续传）';
};

/**
 * 上传证据: the file goes in pieces over tus, so a broken connection continues where it stopped (also after
 * reopening the page and choosing the same file). The bar shows speed and time left; the server checks the
 * real type on the first bytes and hashes (SM3, SHA-256) while receiving.
 */
export const EvidenceUpload = ({ caseId }: { caseId: string }) => {
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [samples, setSamples] = useState<ProgressSample[]>([]);
  const [state, setState] = useState<'idle' | 'uploading' | 'done' | 'error'>('idle');
  const [error, setError] = useState<string | null>(null);
  const upload = useRef<TusUpload | null>(null);
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();

  const reset = () => {
    setFile(null);
    setSamples([]);
    setState('idle');
    setError(null);
    form.resetFields();
  };

  const start = async () => {
    const values = await form.validateFields();
    if (!file) {
      setError('请选择文件');
      return;
    }
    setError(null);
    setState('uploading');
    setSamples([{ at: Date.now(), bytes: 0 }]);
    const csrf = await fetchCsrfToken();
    const meta: Record<string, string> = { caseId, kind: values.kind, title: values.title, filename: file.name, filetype: file.type };
    if (values.collectedAt) meta.collectedAt = values.collectedAt.toISOString();
    for (const key of ['collectedPlace', 'method', 'deviceId', 'description'] as const) if (values[key]) meta[key] = values[key]!;
    if (values.restricted) meta.restricted = 'true';
    const u = new TusUpload(file, {
      endpoint: UPLOAD_ENDPOINT,
      metadata: meta,
      headers: { 'x-csrf-token': csrf },
      chunkSize: 8 * 1024 * 1024,
      retryDelays: [0, 1_000, 3_000, 5_000, 10_000],
      removeFingerprintOnSuccess: true,
      // The case and kind are part of what is resumed: the same file for another case is another upload.
      fingerprint: async (f) => ['sanxiang-evidence', caseId, values.kind, f.name, f.size, f.lastModified].join('/'),
      onProgress: (sent) => setSamples((s) => addSample(s, { at: Date.now(), bytes: sent })),
      onSuccess: () => {
        setState('done');
        void queryClient.invalidateQueries({ queryKey: evidenceKeys.byCase(caseId) });
        // The case's own record gained an `evidence-added` event.
        void queryClient.invalidateQueries({ queryKey: ['cases'] });
      },
      onError: (e) => {
        setState('error');
        setError(serverMessage(e));
      },
      onShouldRetry: (e) => {
        const status = (e as { originalResponse?: { getStatus?: () => number } }).originalResponse?.getStatus?.() ?? 0;
        return status === 0 || status === 409 || status === 423 || status >= 500;
      },
    });
    upload.current = u;
    const previous = await u.findPreviousUploads();
    if (previous.length > 0) u.resumeFromPreviousUpload(previous[0]);
    u.start();
  };

  const stats = progressStats(samples, file?.size ?? 0);
  return (
    <>
      <Button type="primary" icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="evidence-upload-open">
        上传证据
      </Button>
      <Modal
        open={open}
        title="上传证据"
        width={640}
        onCancel={() => {
          if (state === 'uploading') void upload.current?.abort();
          setOpen(false);
          reset();
        }}
        footer={
          state === 'done' ? (
            <Button type="primary" onClick={() => (setOpen(false), reset())} data-testid="evidence-upload-close">
              完成
            </Button>
          ) : (
            <Button type="primary" loading={state === 'uploading'} onClick={() => void start()} data-testid="evidence-upload-start">
              {state === 'error' ? '续传' : '开始上传'}
            </Button>
          )
        }
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ kind: 'audio-video' }} disabled={state === 'uploading' || state === 'done'}>
          <Flex gap={12}>
            <Form.Item name="kind" label="证据种类" rules={[{ required: true }]} style={{ width: 200 }}>
              <Select options={KIND_OPTIONS.map((k) => ({ ...k }))} data-testid="evidence-kind" />
            </Form.Item>
            <Form.Item name="title" label="证据名称" rules={[{ required: true, min: 2, message: '证据名称至少2个字' }]} style={{ flex: 1 }}>
              <Input placeholder="如：执法记录仪现场检查视频" data-testid="evidence-title" />
            </Form.Item>
          </Flex>
          <Flex gap={12}>
            <Form.Item name="collectedAt" label="取证时间" style={{ width: 200 }}>
              <DatePicker showTime style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="collectedPlace" label="取证地点" style={{ flex: 1 }}>
              <Input />
            </Form.Item>
          </Flex>
          <Flex gap={12}>
            <Form.Item name="method" label="取证方式" style={{ width: 200 }}>
              <Select allowClear options={['拍摄', '录音录像', '复制', '提取', '调取', '现场制作'].map((v) => ({ value: v, label: v }))} />
            </Form.Item>
            <Form.Item name="deviceId" label="设备编号（执法记录仪等）" style={{ flex: 1 }}>
              <Input data-testid="evidence-device" />
            </Form.Item>
          </Flex>
          <Form.Item name="restricted" valuePropName="checked">
            <Checkbox>限制调阅（涉及未成年人、个人隐私等，非承办人须经批准方可查看）</Checkbox>
          </Form.Item>
          <Form.Item label="文件" required>
            <input
              type="file"
              data-testid="evidence-file"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setState('idle');
                setError(null);
              }}
            />
          </Form.Item>
        </Form>
        {samples.length > 0 && (
          <div data-testid="evidence-progress">
            <Progress percent={state === 'done' ? 100 : stats.percent} status={state === 'error' ? 'exception' : state === 'done' ? 'success' : 'active'} />
            <Typography.Text type="secondary" data-testid="evidence-progress-text">
              {state === 'done' ? '上传完成，已计算 SM3 与 SHA-256 并写入保管链' : stats.text}
            </Typography.Text>
          </div>
        )}
        {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} data-testid="evidence-upload-error" />}
      </Modal>
    </>
  );
};
