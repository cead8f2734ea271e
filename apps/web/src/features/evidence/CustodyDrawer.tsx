import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Drawer, Tag, Timeline, Typography } from 'antd';
import { useCan } from '../../app/current-user.tsx';
import { formatBeijing } from '../../app/format.ts';
import { useEffect, useState } from 'react';
import { RetentionActions } from './RetentionActions.tsx';
import { BASIS_LABELS, type EvidenceItem, evidenceKeys, fetchCustody } from './api.ts';
import { formatBytes } from './upload-progress.ts';

const COLORS: Record<string, string> = { ingest: 'green', 'integrity-alarm': 'red', 'retrieval-requested': 'orange', 'retrieval-decided': 'orange', share: 'purple', 'deletion-request': 'gray' };

/** 保管链: every event of the item, oldest first, each a ledger leaf. */
export const CustodyDrawer = ({ item: given, onClose }: { item: EvidenceItem | null; onClose: () => void }) => {
  const can = useCan();
  // The drawer shows the item as the last change left it (retention, legal hold), without waiting for the list.
  const [item, setItem] = useState(given);
  useEffect(() => setItem(given), [given]);
  const custody = useQuery({ queryKey: evidenceKeys.custody(item?.id ?? ''), queryFn: () => fetchCustody(item!.id), enabled: Boolean(item) });
  return (
    <Drawer open={Boolean(item)} onClose={onClose} width={560} title={item ? `保管链 · ${item.title}` : ''} destroyOnHidden>
      {item && (
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
          <Descriptions.Item label="种类">{item.kindLabel}</Descriptions.Item>
          <Descriptions.Item label="文件">
            {item.fileName}（{item.mediaTypeLabel}，{formatBytes(item.size)}）
          </Descriptions.Item>
          <Descriptions.Item label="SM3">
            <Typography.Text code copyable style={{ fontSize: 11, wordBreak: 'break-all' }}>{item.sm3}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="SHA-256">
            <Typography.Text code copyable style={{ fontSize: 11, wordBreak: 'break-all' }}>{item.sha256}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="保管期限">
            {item.retentionLabel}
            {item.keepUntil ? `（至 ${item.keepUntil}）` : ''}
            {item.legalHold && <Tag color="red" style={{ marginLeft: 8 }}>诉讼保全</Tag>}
          </Descriptions.Item>
        </Descriptions>
      )}
      {item && can('evidence.manage') && <RetentionActions item={item} onChanged={(changed) => setItem({ ...item, ...changed })} />}
      {custody.isError && <Alert type="error" message="保管链读取失败" />}
      <Timeline
        data-testid="custody-timeline"
        items={(custody.data?.items ?? []).map((e) => ({
          key: e.id,
          color: COLORS[e.type] ?? 'blue',
          content: (
            <div data-testid="custody-event" data-type={e.type}>
              <Typography.Text strong>{e.typeLabel}</Typography.Text>{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatBeijing(e.at)} · {e.actorName ?? '系统'}
                {e.leafIndex !== null ? ` · 账本第 ${e.leafIndex} 号叶子` : ''}
              </Typography.Text>
              {e.basis && e.basis !== 'handler' && e.type !== 'purpose-stated' && <div style={{ fontSize: 12 }}>{BASIS_LABELS[e.basis] ?? e.basis}{e.purpose ? `：${e.purpose}` : ''}</div>}
              {e.type === 'purpose-stated' && <div style={{ fontSize: 12 }}>事由：{e.purpose}</div>}
              {e.type === 'integrity-alarm' && <div style={{ fontSize: 12, color: '#cf1322' }}>存储文件与入库哈希不符或缺失，已拒绝提供</div>}
              {e.type === 'deletion-request' && <div style={{ fontSize: 12 }}>{String((e.payload as { reason?: string }).reason ?? '')}（{(e.payload as { outcome?: string }).outcome === 'queued' ? '已列入删除队列' : '不予删除'}）</div>}
              {e.type === 'legal-hold' && <div style={{ fontSize: 12 }}>{(e.payload as { hold?: boolean }).hold ? '设置' : '解除'}：{String((e.payload as { reason?: string }).reason ?? '')}</div>}
              {e.type === 'retention-change' && <div style={{ fontSize: 12 }}>适用：{String((e.payload as { effectiveLabel?: string }).effectiveLabel ?? '')}</div>}
            </div>
          ),
        }))}
      />
    </Drawer>
  );
};
