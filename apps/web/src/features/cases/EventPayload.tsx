import { Descriptions, Typography } from 'antd';
import type { CaseEvent, CaseHandler } from '../../app/api/types.ts';
import { formatDate } from '../../app/format.ts';
import { clueRegisteredView, filedView, filingRequestedView } from './case-format.ts';
import { eventDocuments, eventFields } from './event-views.ts';
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

const FilingRequested = ({ event }: Props) => {
  const v = filingRequestedView(event.payload);
  const items = [
    { key: 'reason', label: '立案理由', children: v.reason ? paragraph(v.reason) : '—' },
    ...(v.aggravated ? [{ key: 'aggravated', label: '追责时效', children: '五年（危害后果严重，涉及公民生命健康安全或金融安全）' }] : []),
    ...(v.limitationEndsOn ? [{ key: 'limitation', label: '时效届满日', children: formatDate(v.limitationEndsOn) }] : []),
  ];
  return <Descriptions size="small" column={1} items={items} />;
};

const Filed = ({ event }: Props) => {
  const v = filedView(event.payload);
  const items = [
    { key: 'number', label: '案件编号', children: <span data-testid="filed-case-number">{v.caseNumber ?? '—'}</span> },
    ...(v.filedOn ? [{ key: 'filedOn', label: '立案日期', children: formatDate(v.filedOn) }] : []),
    {
      key: 'due',
      label: '决定期限',
      children: v.decisionDueOn ? (
        <span data-testid="decision-due">
          {formatDate(v.decisionDueOn)}前作出处理决定
          {v.decisionDueBasis && <Typography.Text type="secondary">（{v.decisionDueBasis}）</Typography.Text>}
        </span>
      ) : (
        '—'
      ),
    },
    ...(v.opinion ? [{ key: 'opinion', label: '审批意见', children: paragraph(v.opinion) }] : []),
  ];
  return <Descriptions size="small" column={1} items={items} />;
};

const NotFiled = ({ event }: Props) => {
  const opinion = typeof event.payload.opinion === 'string' ? event.payload.opinion : null;
  return <Descriptions size="small" column={1} items={[{ key: 'opinion', label: '不予立案意见', children: opinion ? paragraph(opinion) : '—' }]} />;
};

/** What an event recorded, readably; an event type without its own view shows every field as recorded. */
export const EventPayload = ({ event, handlers }: Props) => {
  if (event.type === 'clue-registered') return <ClueRegistered event={event} handlers={handlers} />;
  if (event.type === 'filing-requested') return <FilingRequested event={event} handlers={handlers} />;
  if (event.type === 'filed') return <Filed event={event} handlers={handlers} />;
  if (event.type === 'not-filed') return <NotFiled event={event} handlers={handlers} />;
  const fields = eventFields(event.payload);
  const documents = eventDocuments(event.payload);
  if (fields.length === 0 && documents.length === 0) return null;
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        ...fields.map(({ key, label, text }) => ({
          key,
          label: <Typography.Text type="secondary">{label}</Typography.Text>,
          children: paragraph(text),
        })),
        ...(documents.length
          ? [
              {
                key: 'documents',
                label: <Typography.Text type="secondary">文书</Typography.Text>,
                children: (
                  <span data-testid="event-documents">
                    {documents.map((d) => (d.number ? `${d.title}（${d.number}）` : d.title)).join('、')}
                  </span>
                ),
              },
            ]
          : []),
      ]}
    />
  );
};
