/**
 * 执法领域: the fields an agency works in and an officer's certificate covers. The labels are what the portal
 * shows; the codes are stored. A field not listed here is refused rather than published as a bare code.
 */
export const ENFORCEMENT_FIELD_LABELS = {
  market: '市场监管',
  ecology: '生态环境',
  comprehensive: '综合行政执法',
  transport: '交通运输',
  culture: '文化市场',
  agriculture: '农业农村',
  emergency: '应急管理',
  health: '卫生健康',
  natural_resources: '自然资源',
  housing: '住房城乡建设',
  water: '水行政',
  justice: '司法行政（执法监督）',
} as const;

export type EnforcementField = keyof typeof ENFORCEMENT_FIELD_LABELS;
export const ENFORCEMENT_FIELDS = Object.keys(ENFORCEMENT_FIELD_LABELS) as EnforcementField[];

export const fieldLabel = (code: string): string => (ENFORCEMENT_FIELD_LABELS as Record<string, string>)[code] ?? code;
