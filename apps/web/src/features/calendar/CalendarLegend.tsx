import { Flex } from 'antd';

export const DAY_STYLES = {
  holiday: { background: '#fff1f0', border: '#ffa39e', color: '#cf1322', badge: '休' },
  'makeup-workday': { background: '#e6f4ff', border: '#91caff', color: '#0958d9', badge: '班' },
} as const;

const Swatch = ({ kind, label }: { kind: keyof typeof DAY_STYLES; label: string }) => (
  <Flex align="center" gap={6}>
    <span
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: 20,
        height: 20,
        borderRadius: 4,
        fontSize: 12,
        background: DAY_STYLES[kind].background,
        border: `1px solid ${DAY_STYLES[kind].border}`,
        color: DAY_STYLES[kind].color,
      }}
    >
      {DAY_STYLES[kind].badge}
    </span>
    {label}
  </Flex>
);

export const CalendarLegend = () => (
  <Flex gap={16} wrap style={{ fontSize: 13, color: 'rgba(0,0,0,0.65)' }}>
    <Swatch kind="holiday" label="法定节假日" />
    <Swatch kind="makeup-workday" label="调休上班日" />
    <span>灰色日期为周末</span>
  </Flex>
);
