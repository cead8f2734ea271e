import { invalid, unprocessable } from '../errors/domain-error.ts';

/**
 * 法制审核的内容: the ten points on which the reviewer writes an opinion, each its own written finding
 * (国办发〔2018〕118号 第四部分（三）; the 示范创建 indicators 95–104 score one written opinion per point).
 * `prechecks` names the machine pre-checks shown beside the point; they inform the reviewer, never replace them.
 */
export const REVIEW_POINTS = [
  { key: 'agency-competent', label: '行政执法主体是否合法', indicator: 95, prechecks: [] },
  { key: 'officers-qualified', label: '行政执法人员是否具备执法资格', indicator: 96, prechecks: [] },
  { key: 'procedure-lawful', label: '行政执法程序是否合法', indicator: 97, prechecks: ['limitation', 'remedy-notice'] },
  { key: 'facts-clear', label: '案件事实是否清楚', indicator: 98, prechecks: ['facts-elements', 'party-identity'] },
  { key: 'evidence-sufficient', label: '证据是否合法充分', indicator: 99, prechecks: [] },
  { key: 'law-applied', label: '适用法律、法规、规章是否准确', indicator: 100, prechecks: ['citations'] },
  { key: 'discretion-proper', label: '裁量基准运用是否适当', indicator: 101, prechecks: ['fine-range'] },
  { key: 'within-powers', label: '是否超越执法机关法定权限', indicator: 102, prechecks: [] },
  { key: 'documents-proper', label: '行政执法文书是否完备、规范', indicator: 103, prechecks: ['amounts-consistent', 'late-fee-wording', 'remedy-notice'] },
  { key: 'crime-transfer', label: '违法行为是否涉嫌犯罪、需要移送司法机关', indicator: 104, prechecks: [] },
] as const;

export type ReviewPointKey = (typeof REVIEW_POINTS)[number]['key'];
export const REVIEW_POINT_KEYS = REVIEW_POINTS.map((p) => p.key) as ReviewPointKey[];
export const REVIEW_POINT_LABELS = Object.fromEntries(REVIEW_POINTS.map((p) => [p.key, p.label])) as Record<ReviewPointKey, string>;

/** 同意 or 存在问题: the two written outcomes of a review (118号文: 提出同意或者存在问题的书面审核意见). */
export const REVIEW_RESULTS = ['agree', 'problems'] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number];
export const REVIEW_RESULT_LABELS: Record<ReviewResult, string> = { agree: '同意', problems: '存在问题' };

export type PointOpinion = { key: ReviewPointKey; ok: boolean; text: string };
export type Opinion = { points: readonly PointOpinion[]; result: ReviewResult; reasons: string };

/**
 * A written opinion is complete: every one of the ten points once, each with its own text; 存在问题 names at least
 * one point with a problem and gives reasons; 同意 has no point marked as a problem. Returns the problems the
 * handling unit must answer in writing (indicator 106).
 */
export const validateOpinion = (o: Opinion): PointOpinion[] => {
  const seen = new Set<string>();
  for (const [i, p] of o.points.entries()) {
    if (!(REVIEW_POINT_KEYS as readonly string[]).includes(p.key)) throw invalid('OPINION_POINT_UNKNOWN', `未知的审核事项“${p.key}”`, { field: `points.${i}.key` });
    if (seen.has(p.key)) throw invalid('OPINION_POINT_DUPLICATE', `审核事项“${REVIEW_POINT_LABELS[p.key]}”重复填写`, { field: `points.${i}` });
    seen.add(p.key);
    if (!p.text.trim()) throw invalid('OPINION_POINT_TEXT_REQUIRED', `须对“${REVIEW_POINT_LABELS[p.key]}”写明审核意见`, { field: `points.${i}.text` });
  }
  const missing = REVIEW_POINT_KEYS.filter((k) => !seen.has(k));
  if (missing.length) {
    throw invalid('OPINION_INCOMPLETE', `审核意见须逐项写明，尚缺：${missing.map((k) => REVIEW_POINT_LABELS[k]).join('、')}`, { missing });
  }
  const problems = o.points.filter((p) => !p.ok);
  if (o.result === 'problems') {
    if (problems.length === 0) throw unprocessable('OPINION_INCONSISTENT', '审核结论为“存在问题”的，须至少指出一项有问题的审核事项');
    if (!o.reasons.trim()) throw invalid('OPINION_REASONS_REQUIRED', '审核结论为“存在问题”的，须写明理由和处理建议', { field: 'reasons' });
  } else if (problems.length > 0) {
    throw unprocessable('OPINION_INCONSISTENT', `审核结论为“同意”，但以下事项标为有问题：${problems.map((p) => REVIEW_POINT_LABELS[p.key]).join('、')}`);
  }
  return problems;
};

export type ProblemAnswer = { key: ReviewPointKey; text: string };

/**
 * 承办机构对存在问题的审核意见进行研究、作出相应处理后再次报送 (indicators 106, 107): each problem of the returned
 * round gets its own written answer; answers to points that had no problem are refused as noise.
 */
export const validateAnswers = (problems: readonly ReviewPointKey[], answers: readonly ProblemAnswer[]): void => {
  const byKey = new Map(answers.map((a) => [a.key, a.text.trim()]));
  for (const a of answers) {
    if (!problems.includes(a.key)) throw invalid('ANSWER_NOT_A_PROBLEM', `“${REVIEW_POINT_LABELS[a.key] ?? a.key}”不是审核意见指出的问题，无需答复`, { field: 'answers' });
  }
  const unanswered = problems.filter((k) => !byKey.get(k));
  if (unanswered.length) {
    throw invalid('ANSWERS_REQUIRED', `须对审核意见指出的每个问题书面答复，尚未答复：${unanswered.map((k) => REVIEW_POINT_LABELS[k]).join('、')}`, { missing: unanswered });
  }
};

/** Who reviews: a reviewer of the agency, or an outside 法律顾问 / 公职律师 recorded as such (indicator 90). */
export const REVIEWER_KINDS = ['reviewer', 'legal-adviser', 'public-lawyer'] as const;
export type ReviewerKind = (typeof REVIEWER_KINDS)[number];
export const REVIEWER_KIND_LABELS: Record<ReviewerKind, string> = { reviewer: '本机关法制审核人员', 'legal-adviser': '法律顾问', 'public-lawyer': '公职律师' };

export type ReviewerCandidate = {
  kind: ReviewerKind;
  name: string;
  /** The reviewer's account (own reviewers); outside advisers have none. */
  accountId: string | null;
  /** 法律职业资格 (司法职业资格、律师职业资格). */
  legalQualification: boolean;
  /** Reviews this person has already completed; 0 means first-time (初次从事法制审核). */
  completedReviews: number;
  /** For own reviewers: still an active legal reviewer of the deciding agency. */
  activeReviewerOfAgency?: boolean;
};

/**
 * Whether this person may review this case: never someone who handled it (the handling unit is responsible for the
 * case, the review must be independent of it — 118号文 第四部分); a first-time reviewer needs 法律职业资格
 * (初次从事法制审核工作的人员应当通过国家统一法律职业资格考试取得法律职业资格, 处罚法 第五十八条第二款).
 */
export const assignmentRefusals = (c: ReviewerCandidate, handlerAccountIds: readonly string[]): Array<{ code: string; message: string }> => {
  const r: Array<{ code: string; message: string }> = [];
  if (c.kind === 'reviewer' && !c.accountId) r.push({ code: 'REVIEWER_REQUIRED', message: '请选择本机关的法制审核人员' });
  if (c.kind === 'reviewer' && c.activeReviewerOfAgency === false) r.push({ code: 'REVIEWER_NOT_OF_AGENCY', message: `${c.name}不是本机关在岗的法制审核人员` });
  if (c.accountId && handlerAccountIds.includes(c.accountId)) r.push({ code: 'REVIEWER_HANDLED_CASE', message: `${c.name}是本案承办人，不得审核本案` });
  if (c.completedReviews === 0 && !c.legalQualification) {
    r.push({ code: 'REVIEWER_NOT_QUALIFIED', message: `${c.name}初次从事法制审核，须取得法律职业资格（《中华人民共和国行政处罚法》第五十八条第二款）` });
  }
  return r;
};

/** 协调: how the agency head resolves a disagreement between the legal unit and the handling unit. */
export const COORDINATION_OUTCOMES = ['revise', 'review-again'] as const;
export type CoordinationOutcome = (typeof COORDINATION_OUTCOMES)[number];
export const COORDINATION_OUTCOME_LABELS: Record<CoordinationOutcome, string> = {
  revise: '承办机构按审核意见修改后重新送审',
  'review-again': '法制审核机构结合协调意见重新审核',
};
