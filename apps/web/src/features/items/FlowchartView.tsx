import { Empty, Image, Skeleton } from 'antd';
import type { Flowchart } from './types.ts';

/**
 * The server-generated 执法流程图. Shown as an image (a data URL), so the SVG can never run anything in the
 * console; its <title> becomes the image's alternative text.
 */
export const FlowchartView = ({ chart, loading }: { chart?: Flowchart; loading?: boolean }) => {
  if (!chart) return loading ? <Skeleton.Node active style={{ width: 320, height: 480 }} /> : <Empty description="暂无流程图" />;
  // Click to see it full size (antd's image preview, with zoom).
  return (
    <Image
      data-testid="flowchart"
      data-procedure={chart.procedure}
      alt={chart.title}
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`}
      preview={{ mask: '点击放大' }}
      style={{ display: 'block', maxWidth: '100%', height: 'auto', margin: '0 auto', opacity: loading ? 0.5 : 1 }}
    />
  );
};
