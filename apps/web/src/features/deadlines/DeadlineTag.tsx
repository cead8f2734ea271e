import { Tag } from 'antd';
import { DEADLINE_STATE_COLORS, DEADLINE_STATE_LABELS } from './deadline-state.ts';

export const DeadlineTag = ({ state, children }: { state: string; children?: React.ReactNode }) => (
  <Tag color={DEADLINE_STATE_COLORS[state] ?? 'default'} style={{ marginInlineEnd: 0 }} data-state={state}>
    {children ?? DEADLINE_STATE_LABELS[state] ?? state}
  </Tag>
);
