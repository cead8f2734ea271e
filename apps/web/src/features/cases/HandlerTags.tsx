import { Flex, Tag } from 'antd';
import type { NamedHandler } from './case-format.ts';
import { HANDLER_ROLE_LABELS } from './case-format.ts';

/** 承办人: each name with 主办 / 协办. */
export const HandlerTags = ({ handlers }: { handlers: readonly NamedHandler[] }) =>
  handlers.length === 0 ? (
    <>—</>
  ) : (
    <Flex gap={12} wrap>
      {handlers.map((h) => (
        <span key={h.key}>
          {h.name}
          {h.role && (
            <Tag color={h.role === 'lead' ? 'blue' : 'default'} variant="filled" style={{ marginInlineStart: 4, marginInlineEnd: 0 }}>
              {HANDLER_ROLE_LABELS[h.role]}
            </Tag>
          )}
        </span>
      ))}
    </Flex>
  );
