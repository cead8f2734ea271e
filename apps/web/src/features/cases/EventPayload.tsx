import { Descriptions, Typography } from 'antd';
import type { CaseEvent, CaseHandler } from '../../app/api/types.ts';
import { formatDate } from '../../app/format.ts';
import { clueRegisteredView, payloadEntries } from './case-format.ts';
import { HandlerTags } from './HandlerTags.tsx';

type Props = { event: CaseEvent; handlers: readonly CaseHandler[] };

const paragraph = (text: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>;

const ClueRegistered = ({ event, handlers }: Props) => {
  const view = clueRegisteredView(event.payload, handlers);
  const items = [
    {
      key: 'source',
      label: '案件来源',
      children: view.sourceDetail ? `${view.sourceLabel ?? '—'}（${view.sourceDetail}）` : (view.sourceLabel ?? '—'),
    },
    { key: 'description', label: '线索内容', children: view.description ? paragraph(view.description) : '—' },
    ...(view.occurredOn ? [{ key: 'occurred', label: '违法行为发生日', children: formatDate(view.occurredOn) }] : []),
    { key: 'handlers', label: '承办人', children: <HandlerTags handlers={view.handlers} /> },
  ];
  return <Descriptions size="small" column={1} items={items} />;
};

/** What an event recorded, readably; an event type without its own view shows every field as recorded. */
export const EventPayload = ({ event, handlers }: Props) => {
  if (event.type === 'clue-registered') return <ClueRegistered event={event} handlers={handlers} />;
  const entries = payloadEntries(event.payload);
  if (entries.length === 0) return null;
  return (
    <Descriptions
      size="small"
      column={1}
      items={entries.map(({ key, text }) => ({
        key,
        label: <Typography.Text type="secondary">{key}</Typography.Text>,
        children: paragraph(text),
      }))}
    />
  );
};
