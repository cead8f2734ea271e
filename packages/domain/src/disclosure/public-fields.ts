import { formatFen } from '../items/money.ts';
import { DISCLOSURE_KIND_LABELS, type DisclosureKind } from './publication.ts';

/** The fields of a decision that may be published: an allowlist; nothing else of the case ever reaches the public. */
export type PublicDecision = {
  agencyName: string;
  kind: DisclosureKind;
  documentNumber: string;
  decisionDate: string;
  partyName: string;
  partyKind: 'person' | 'organization';
  creditCode: string | null;
  category: string;
  violation: string;
  basis: string;
  content: string;
  fineFen: number | null;
  confiscationFen: number | null;
  summary: string;
};

export type PublicField = { key: keyof PublicDecision; label: string; value: string };

const CONTENT_LABEL: Record<DisclosureKind, string> = {
  penalty: '处罚内容',
  licence: '许可内容',
  coercion: '强制措施内容',
  inspection: '检查结果',
  other: '决定内容',
};
const BASIS_LABEL: Record<DisclosureKind, string> = {
  penalty: '处罚依据',
  licence: '许可依据',
  coercion: '强制依据',
  inspection: '检查依据',
  other: '决定依据',
};

/**
 * The public face of a decision as labelled rows, in the 双公示 order. The portal page, the console's redaction
 * preview and the ledger's publication leaf all come from this one list, so what the officer approves is what
 * the public sees and what the 验证 button checks. Empty optional fields are left out rather than shown as 0.
 */
export const publicFieldsOf = (d: PublicDecision): PublicField[] => {
  const rows: Array<PublicField | null> = [
    { key: 'documentNumber', label: '决定书文号', value: d.documentNumber },
    { key: 'kind', label: '决定类别', value: DISCLOSURE_KIND_LABELS[d.kind] },
    { key: 'agencyName', label: '执法机关', value: d.agencyName },
    { key: 'partyName', label: d.kind === 'licence' ? '行政相对人名称' : '当事人名称', value: d.partyName },
    { key: 'partyKind', label: '当事人类别', value: d.partyKind === 'organization' ? '法人及非法人组织' : '自然人' },
    d.creditCode ? { key: 'creditCode', label: '统一社会信用代码', value: d.creditCode } : null,
    { key: 'category', label: '执法类别（事项名称）', value: d.category },
    d.violation ? { key: 'violation', label: '违法行为类型', value: d.violation } : null,
    { key: 'basis', label: BASIS_LABEL[d.kind], value: d.basis },
    { key: 'content', label: CONTENT_LABEL[d.kind], value: d.content },
    d.fineFen !== null ? { key: 'fineFen', label: '罚款金额', value: formatFen(d.fineFen) } : null,
    d.confiscationFen !== null ? { key: 'confiscationFen', label: '没收违法所得、没收非法财物金额', value: formatFen(d.confiscationFen) } : null,
    { key: 'decisionDate', label: '决定日期', value: d.decisionDate },
    d.summary ? { key: 'summary', label: '主要事实（已脱敏）', value: d.summary } : null,
  ];
  return rows.filter((r): r is PublicField => r !== null);
};
