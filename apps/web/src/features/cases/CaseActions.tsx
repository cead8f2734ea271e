import { CASE_ACTION_RULES } from '@sanxiang/domain/cases/case-actions';
import { Button, Flex, Tooltip } from 'antd';
import { useState } from 'react';
import type { CaseAction, CaseDetail } from '../../app/api/types.ts';
import { ACT_SPECS } from './act-specs.ts';
import { ActForm } from './ActForm.tsx';

// Acts that end or decide something weigh more: shown first, in the primary colour.
const PRIMARY = new Set<CaseAction>(['request-filing', 'decide-filing', 'conclude-investigation', 'serve-prior-notice', 'decide', 'serve-decision', 'record-payment', 'close', 'archive']);

/** 法制审核 is submitted in the review panel; the button takes the officer there. */
const goToReview = () => document.getElementById('case-review')?.scrollIntoView({ behavior: 'smooth', block: 'start' });

/** The next acts the server allows this user on this case (`allowedActions`), as buttons opening each act's form. */
export const CaseActions = ({ item }: { item: CaseDetail }) => {
  const [open, setOpen] = useState<CaseAction | null>(null);
  if (item.allowedActions.length === 0) return null;
  const ordered = [...item.allowedActions.filter((a) => PRIMARY.has(a)), ...item.allowedActions.filter((a) => !PRIMARY.has(a))];
  const spec = open ? ACT_SPECS[open] : undefined;
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 16 }} data-testid="case-actions">
        {ordered.map((action) => {
          const rule = CASE_ACTION_RULES[action];
          const hasForm = Boolean(ACT_SPECS[action]);
          return (
            <Tooltip key={action} title={`${rule.whoLabel}办理`}>
              <Button
                type={PRIMARY.has(action) ? 'primary' : 'default'}
                data-testid={`action-${action}`}
                onClick={() => (hasForm ? setOpen(action) : goToReview())}
              >
                {rule.label}
              </Button>
            </Tooltip>
          );
        })}
      </Flex>
      {open && spec && <ActForm key={open} act={open} spec={spec} item={item} onClose={() => setOpen(null)} />}
    </>
  );
};
