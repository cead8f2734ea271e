import { Empty, Image, Modal, Typography } from 'antd';
import { contentUrl, type EvidenceItem, posterUrl } from './api.ts';

/** Plays audio and video (the browser asks for byte ranges), shows images, previews PDFs and text. */
export const EvidenceViewer = ({ item, onClose }: { item: EvidenceItem | null; onClose: () => void }) => {
  const src = item ? contentUrl(item.id) : '';
  const body = () => {
    if (!item) return null;
    if (item.mediaType.startsWith('video/'))
      return <video data-testid="evidence-video" src={src} controls preload="metadata" poster={item.hasPoster ? posterUrl(item.id) : undefined} style={{ width: '100%', maxHeight: '70vh', background: '#000' }} />;
    if (item.mediaType.startsWith('audio/')) return <audio data-testid="evidence-audio" src={src} controls style={{ width: '100%' }} />;
    if (/^image\/(jpeg|png|gif|webp)$/.test(item.mediaType)) return <Image data-testid="evidence-image" src={src} alt={item.title} style={{ maxWidth: '100%' }} />;
    if (item.mediaType === 'application/pdf' || item.mediaType === 'text/plain')
      return <iframe data-testid="evidence-frame" title={item.title} src={src} style={{ width: '100%', height: '70vh', border: '1px solid #eee' }} />;
    return <Empty description={`${item.mediaTypeLabel}不能在浏览器中预览，请下载后查看`} />;
  };
  return (
    <Modal open={Boolean(item)} title={item?.title} width={880} footer={null} onCancel={onClose} destroyOnHidden>
      {body()}
      {item && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
          读取时已按入库哈希（SM3 {item.sm3.slice(0, 16)}…）校验；本次查看已记入保管链。
        </Typography.Paragraph>
      )}
    </Modal>
  );
};
