import type { CaseActBodies } from '@sanxiang/contracts';
import { conflict, unprocessable } from '@sanxiang/domain';
import type { CaseActHandler } from '../perform-act.ts';

/** 集体讨论 (处罚法 第五十七条第二款): the heads discuss the current draft; the minutes are part of the file. */
export const holdCollectiveDiscussion: CaseActHandler<CaseActBodies['hold-collective-discussion']> = {
  action: 'hold-collective-discussion',
  run: (ctx, input) => {
    if (!ctx.state.draft) throw conflict('DRAFT_MISSING', '尚无拟处理意见，不能集体讨论');
    if (input.heldOn > ctx.today) throw unprocessable('DATE_IN_FUTURE', '讨论日期不能晚于今天');
    const draftVersion = ctx.state.draftVersion ?? 1;
    const data = { heldOn: input.heldOn, participants: input.participants, minutes: input.minutes, conclusion: input.conclusion, draftVersion };
    return { type: 'collective-discussion-held', payload: data, state: { collective: { heldOn: input.heldOn, draftVersion } }, documents: [{ kind: 'collective-minutes', data }] };
  },
};
