/** Shapes of the items API, inferred from the shared contracts (type-only: no zod in the bundle). */
import type * as C from '@sanxiang/contracts';

type Output<T> = T extends { _zod: { output: infer O } } ? O : never;
type Input<T> = T extends { _zod: { input: infer I } } ? I : never;

export type ItemKind = C.ItemKindValue;
export type PenaltyKind = C.PenaltyKindValue;
export type TargetType = Output<typeof C.targetType>;
export type ItemProcedure = Output<typeof C.itemProcedure>;
export type LegalReviewMode = Output<typeof C.legalReviewMode>;
export type InspectionMethod = Output<typeof C.inspectionMethod>;
export type InspectionPeriod = Output<typeof C.inspectionPeriod>;

export type ItemSummary = C.EnforcementItemSummary;
export type ItemDetail = C.EnforcementItemDetail;
export type ItemsPage = Output<typeof C.itemsResponse>;
export type ItemBody = Input<typeof C.createEnforcementItemBody>;
export type Flowchart = Output<typeof C.flowchartResponse>;
export type FlowchartPreviewBody = Input<typeof C.flowchartPreviewBody>;

export type InspectionItem = C.InspectionItemView;
export type InspectionItemsPage = Output<typeof C.inspectionItemsResponse>;
export type InspectionBody = Input<typeof C.createInspectionItemBody>;

export type ReviewFlag = C.ReviewFlagItem;
export type FlagsPage = Output<typeof C.flagsResponse>;
export type FlagStatus = ReviewFlag['status'];
