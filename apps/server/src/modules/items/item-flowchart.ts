import type { ItemKind, ItemProcedure, ItemTimeLimit, LegalReviewMode } from '@sanxiang/domain';
import { procedureFlow, renderFlowchart } from '@sanxiang/domain';

export type FlowchartSource = { id?: string; name?: string; kind: ItemKind; procedure: ItemProcedure; legalReview: LegalReviewMode; timeLimit?: ItemTimeLimit | null };

/** The 执法流程图 of an item, generated from its procedure definition (domain items/procedures.ts). */
export const itemFlowchart = (item: FlowchartSource) => {
  const flow = procedureFlow({ kind: item.kind, procedure: item.procedure, legalReview: item.legalReview, timeLimit: item.timeLimit });
  const svg = renderFlowchart(flow, {
    idPrefix: item.id ? `fc-${item.id.slice(0, 8)}` : `fc-${flow.key}`,
    title: item.name ? `${item.name}：${flow.title}` : flow.title,
  });
  return { key: flow.key, title: flow.title, procedure: flow.variant, svg };
};
