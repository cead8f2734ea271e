import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/working-calendar.ts';
import { creditCodeCheckChar } from '../identity/credit-code.ts';
import { residentIdCheckChar } from '../identity/resident-id.ts';
import {
  assignmentRefusals,
  checkAmountsConsistent,
  checkCitations,
  checkFactsElements,
  checkFineRange,
  checkLateFeeWording,
  checkLimitation,
  checkPartyIdentity,
  checkRemedyNotice,
  effectiveReviewCatalogue,
  extractCitations,
  NATIONAL_REVIEW_CATALOGUE,
  REVIEW_POINT_KEYS,
  REVIEW_POINTS,
  legalReviewDueOn,
  reviewReasons,
  staffingIndicators,
  validateAnswers,
  validateOpinion,
  validateReviewCatalogue,
  worstStatus,
} from './index.ts';

const allOk = REVIEW_POINT_KEYS.map((key) => ({ key, ok: true, text: '经审查，无问题。' }));

describe('the catalogue (法制审核目录清单) as data', () => {
  it('adds catalogue rows by enforcement item, field and penalty kind, and the item’s own always-review flag', () => {
    const catalogue = {
      ...NATIONAL_REVIEW_CATALOGUE,
      entries: [
        { code: 'ML-1', label: '食品安全领域的罚款', fields: ['market'], penaltyKinds: ['fine' as const] },
        { code: 'ML-2', label: '特种设备事项', itemCodes: ['330217001000'] },
      ],
    };
    const draft = { partyKind: 'organization' as const, penalties: [{ kind: 'fine' as const, amountFen: 500_000 }], field: 'market', item: { code: '330217001000', name: '特种设备检验', legalReview: 'always' as const } };
    const reasons = reviewReasons(draft, catalogue);
    expect(reasons.map((r) => r.code)).toEqual(['ITEM_ALWAYS', 'CATALOGUE_ENTRY', 'CATALOGUE_ENTRY']);
    expect(reasons[1].text).toContain('食品安全领域的罚款');
    // A row naming a field and a kind needs both.
    expect(reviewReasons({ ...draft, item: null, field: 'ecology' }, catalogue)).toEqual([]);
    expect(reviewReasons({ ...draft, item: null, penalties: [{ kind: 'warning' }] }, catalogue)).toEqual([]);
  });

  it('overlays an agency’s catalogue on the national one and refuses a bad one naming the field', () => {
    expect(effectiveReviewCatalogue(null)).toEqual(NATIONAL_REVIEW_CATALOGUE);
    expect(NATIONAL_REVIEW_CATALOGUE.reviewWorkingDays).toBe(7);
    expect(NATIONAL_REVIEW_CATALOGUE.extensionWorkingDays).toBe(3);
    expect(() => validateReviewCatalogue(NATIONAL_REVIEW_CATALOGUE)).not.toThrow();
    const bad = (c: object) => {
      try {
        validateReviewCatalogue({ ...NATIONAL_REVIEW_CATALOGUE, ...c });
        return null;
      } catch (e) {
        return (e as { code: string; details: { field: string } }).details.field;
      }
    };
    expect(bad({ fineFen: { person: 0, organization: 1 } })).toBe('fineFen.person');
    expect(bad({ fineFen: { person: 1.5, organization: 1 } })).toBe('fineFen.person');
    expect(bad({ reviewWorkingDays: 0 })).toBe('reviewWorkingDays');
    expect(bad({ kinds: ['fine', 'beheading'] })).toBe('kinds.1');
    expect(bad({ entries: [{ code: 'A', label: '无条件' }] })).toBe('entries.0');
    expect(bad({ entries: [{ code: 'A', label: 'x', fields: ['market'] }, { code: 'A', label: 'y', fields: ['market'] }] })).toBe('entries.1.code');
  });
});

describe('the written opinion on the ten points', () => {
  it('lists the ten points of 118号文 with their indicators 95–104', () => {
    expect(REVIEW_POINTS.map((p) => p.indicator)).toEqual([95, 96, 97, 98, 99, 100, 101, 102, 103, 104]);
    expect(REVIEW_POINTS.map((p) => p.label)).toContain('违法行为是否涉嫌犯罪、需要移送司法机关');
  });

  it('needs every point with its own text, and a result consistent with the points', () => {
    expect(validateOpinion({ points: allOk, result: 'agree', reasons: '' })).toEqual([]);
    expect(() => validateOpinion({ points: allOk.slice(1), result: 'agree', reasons: '' })).toThrow(/尚缺：行政执法主体是否合法/);
    expect(() => validateOpinion({ points: allOk.map((p, i) => (i === 3 ? { ...p, text: ' ' } : p)), result: 'agree', reasons: '' })).toThrow(/案件事实是否清楚/);
    const twoProblems = allOk.map((p) => (p.key === 'facts-clear' || p.key === 'discretion-proper' ? { ...p, ok: false, text: '有问题' } : p));
    expect(() => validateOpinion({ points: twoProblems, result: 'agree', reasons: '' })).toThrow(expect.objectContaining({ code: 'OPINION_INCONSISTENT' }));
    expect(() => validateOpinion({ points: allOk, result: 'problems', reasons: '理由' })).toThrow(expect.objectContaining({ code: 'OPINION_INCONSISTENT' }));
    expect(() => validateOpinion({ points: twoProblems, result: 'problems', reasons: '' })).toThrow(expect.objectContaining({ code: 'OPINION_REASONS_REQUIRED' }));
    expect(validateOpinion({ points: twoProblems, result: 'problems', reasons: '事实和裁量须补正' }).map((p) => p.key)).toEqual(['facts-clear', 'discretion-proper']);
  });

  it('needs a written answer to each problem, and only to problems', () => {
    expect(() => validateAnswers(['facts-clear', 'discretion-proper'], [{ key: 'facts-clear', text: '已补充' }])).toThrow(/尚未答复：裁量基准运用是否适当/);
    expect(() => validateAnswers(['facts-clear'], [{ key: 'facts-clear', text: '已补充' }, { key: 'crime-transfer', text: 'x' }])).toThrow(expect.objectContaining({ code: 'ANSWER_NOT_A_PROBLEM' }));
    expect(() => validateAnswers(['facts-clear'], [{ key: 'facts-clear', text: '已补充询问笔录' }])).not.toThrow();
  });

  it('never lets a handler of the case review it, and needs 法律职业资格 of a first-time reviewer', () => {
    const reviewer = { kind: 'reviewer' as const, name: '甲', accountId: 'a1', legalQualification: false, completedReviews: 3, activeReviewerOfAgency: true };
    expect(assignmentRefusals(reviewer, ['a2'])).toEqual([]);
    expect(assignmentRefusals(reviewer, ['a1']).map((r) => r.code)).toEqual(['REVIEWER_HANDLED_CASE']);
    expect(assignmentRefusals({ ...reviewer, completedReviews: 0 }, []).map((r) => r.code)).toEqual(['REVIEWER_NOT_QUALIFIED']);
    expect(assignmentRefusals({ ...reviewer, completedReviews: 0, legalQualification: true }, [])).toEqual([]);
    expect(assignmentRefusals({ ...reviewer, activeReviewerOfAgency: false }, []).map((r) => r.code)).toEqual(['REVIEWER_NOT_OF_AGENCY']);
    expect(assignmentRefusals({ kind: 'public-lawyer', name: '丙', accountId: null, legalQualification: true, completedReviews: 0 }, ['a1'])).toEqual([]);
  });
});

describe('machine pre-checks', () => {
  it('checks the party’s identity with the national formats', () => {
    const code = (body: string) => body + creditCodeCheckChar(body);
    const good = code('91370121MA3C00001');
    expect(checkPartyIdentity({ kind: 'organization', name: '某公司', creditCode: good, address: '甲县' }).status).toBe('pass');
    const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(checkPartyIdentity({ kind: 'organization', name: '某公司', creditCode: wrong, address: '甲县' })).toMatchObject({ status: 'fail', messages: [expect.stringContaining('校验码')] });
    const id = '37012119800101001' + residentIdCheckChar('37012119800101001');
    expect(checkPartyIdentity({ kind: 'person', name: '张某', idNumber: id, address: '甲县' }).status).toBe('pass');
    expect(checkPartyIdentity({ kind: 'person', name: '张某', idNumber: id.slice(0, 17) + 'Y' }).status).toBe('fail');
    expect(checkPartyIdentity({ kind: 'person', name: '张某', idNumberMasked: '3701**********0011' })).toMatchObject({ status: 'warn', messages: [expect.stringContaining('登记时已校验'), '未登记住所（地址）'] });
    expect(checkPartyIdentity(null).status).toBe('fail');
  });

  it('looks for time, place and act in the facts', () => {
    expect(checkFactsElements('2026年10月12日，当事人在甲县人民路18号门店销售超过保质期的食品。').status).toBe('pass');
    expect(checkFactsElements('当事人销售过期食品。')).toMatchObject({ status: 'warn', messages: [expect.stringContaining('时间、地点')] });
    expect(checkFactsElements('').status).toBe('fail');
  });

  it('extracts the citations of a free text, carrying the law title forward', () => {
    expect(extractCitations('《中华人民共和国食品安全法》第三十四条第（十）项、第一百二十四条第一款；《行政处罚法》第三十二条')).toEqual([
      '《中华人民共和国食品安全法》第三十四条第（十）项',
      '《中华人民共和国食品安全法》第一百二十四条第一款',
      '《行政处罚法》第三十二条',
    ]);
    expect(extractCitations('依法处理')).toEqual([]);
  });

  it('reports each citation the law library could not resolve on the act’s date', () => {
    const ok = { citation: '《中华人民共和国食品安全法》第三十四条', source: '违反的规定', ok: true as const, lawTitle: '中华人民共和国食品安全法', versionEffectiveOn: '2021-04-29' };
    expect(checkCitations([ok], '2026-10-12').status).toBe('pass');
    const bad = { citation: '《中华人民共和国食品安全法》第九百条', source: '处罚依据', ok: false as const, code: 'ARTICLE_NOT_FOUND', message: '没有第九百条' };
    expect(checkCitations([ok, bad], '2026-10-12')).toMatchObject({ status: 'fail', messages: [expect.any(String), expect.stringContaining('没有第九百条')] });
    expect(checkCitations([], '2026-10-12').status).toBe('fail');
  });

  it('needs remedy channels with their time limits', () => {
    expect(checkRemedyNotice({ reconsideration: { organ: '甲县人民政府', days: 60 }, litigation: { court: '甲县人民法院', months: 6 } }).status).toBe('pass');
    expect(checkRemedyNotice({ reconsideration: { organ: '甲县人民政府', days: 30 }, litigation: { court: '', months: 6 } })).toMatchObject({ status: 'fail', messages: [expect.stringContaining('60日'), '未写明管辖法院'] });
    expect(checkRemedyNotice(null).status).toBe('fail');
  });

  it('compares amounts across documents: lower after statements is to verify, higher is a failure', () => {
    const draft = [{ kind: 'fine' as const, amountFen: 2_000_000 }];
    expect(checkAmountsConsistent(draft, [{ label: '事先告知书', penalties: [{ kind: 'fine', amountFen: 2_000_000 }] }]).status).toBe('pass');
    expect(checkAmountsConsistent(draft, [{ label: '事先告知书', penalties: [{ kind: 'fine', amountFen: 3_000_000 }] }])).toMatchObject({ status: 'warn', messages: [expect.stringContaining('低于事先告知书')] });
    expect(checkAmountsConsistent(draft, [{ label: '事先告知书', penalties: [{ kind: 'fine', amountFen: 1_000_000 }] }]).status).toBe('fail');
    expect(checkAmountsConsistent(draft, []).status).toBe('unknown');
  });

  it('looks for the 加处罚款 wording when there is a fine', () => {
    expect(checkLateFeeWording(false, []).status).toBe('pass');
    expect(checkLateFeeWording(true, [{ label: '决定书', text: '到期不缴纳罚款的，每日按罚款数额的3%加处罚款' }]).status).toBe('pass');
    expect(checkLateFeeWording(true, [{ label: '拟处理意见', text: '罚款两万元' }]).status).toBe('warn');
  });

  it('checks the fine against the item’s statutory range and the benchmark for the stated circumstance', () => {
    const itemPenalties = [
      { kind: 'fine' as const, appliesTo: 'any' as const, minFen: 500_000, maxFen: 10_000_000 },
      { kind: 'confiscate-illegal-gains' as const, appliesTo: 'any' as const },
    ];
    const base = { partyKind: 'organization' as const, itemName: '销售过期食品', itemPenalties, discretionLevel: 'normal', benchmark: null };
    expect(checkFineRange({ ...base, penalties: [{ kind: 'fine', amountFen: 2_000_000 }] })).toMatchObject({ status: 'pass', messages: [expect.stringContaining('法定幅度'), expect.stringContaining('尚未录入')] });
    expect(checkFineRange({ ...base, penalties: [{ kind: 'fine', amountFen: 20_000_000 }] }).status).toBe('fail');
    expect(checkFineRange({ ...base, penalties: [{ kind: 'fine', amountFen: 100_000 }] }).status).toBe('fail');
    expect(checkFineRange({ ...base, discretionLevel: 'mitigated', penalties: [{ kind: 'fine', amountFen: 100_000 }] }).status).toBe('warn');
    expect(checkFineRange({ ...base, penalties: [{ kind: 'revoke-licence' }] })).toMatchObject({ status: 'fail', messages: [expect.stringContaining('吊销许可证件')] });
    const benchmark = [{ level: 'normal', minFen: 3_000_000, maxFen: 7_000_000 }];
    expect(checkFineRange({ ...base, benchmark, penalties: [{ kind: 'fine', amountFen: 2_000_000 }] })).toMatchObject({ status: 'fail', messages: [expect.any(String), expect.stringContaining('裁量基准')] });
    expect(checkFineRange({ ...base, benchmark, penalties: [{ kind: 'fine', amountFen: 5_000_000 }] }).status).toBe('pass');
    expect(checkFineRange({ ...base, itemPenalties: null, penalties: [] }).status).toBe('unknown');
  });

  it('checks the limitation period (第三十六条)', () => {
    expect(checkLimitation('2026-01-10', '2026-11-20', false).status).toBe('pass');
    expect(checkLimitation('2024-01-10', '2026-11-20', false)).toMatchObject({ status: 'fail', messages: [expect.stringContaining('2026-01-10')] });
    expect(checkLimitation('2024-01-10', '2026-11-20', true).status).toBe('pass');
    expect(worstStatus([checkLimitation('2026-01-10', '2026-11-20', false), checkFactsElements('销售')])).toBe('warn');
  });
});

describe('review period and staffing', () => {
  it('is 7 working days, 10 with the approved extension, on the working calendar', () => {
    const cal = buildCalendar([2026], [{ date: '2026-10-01', kind: 'holiday', name: '国庆节' }, { date: '2026-10-02', kind: 'holiday', name: '国庆节' }]);
    expect(legalReviewDueOn(cal, '2026-11-20', NATIONAL_REVIEW_CATALOGUE, false)).toBe('2026-12-01');
    expect(legalReviewDueOn(cal, '2026-11-20', NATIONAL_REVIEW_CATALOGUE, true)).toBe('2026-12-04');
    expect(legalReviewDueOn(cal, '2026-09-28', NATIONAL_REVIEW_CATALOGUE, false)).toBe('2026-10-09');
    expect(legalReviewDueOn(cal, '2026-11-20', { reviewWorkingDays: 5, extensionWorkingDays: 5 }, true)).toBe('2026-12-04');
  });

  it('measures indicators 86, 87, 88 and 90', () => {
    const rows = staffingIndicators({ officers: 40, fullTimeReviewers: 2, qualifiedReviewers: 1, reviews: 10, reviewsByOwnReviewers: 7, reviewsByAdvisers: 3 });
    expect(rows.map((r) => [r.indicator, r.valueBp, r.met])).toEqual([
      [86, 500, true],
      [87, 5_000, true],
      [88, 7_000, true],
      [90, 3_000, true],
    ]);
    const thin = staffingIndicators({ officers: 41, fullTimeReviewers: 2, qualifiedReviewers: 0, reviews: 0, reviewsByOwnReviewers: 0, reviewsByAdvisers: 0 });
    expect(thin.map((r) => r.met)).toEqual([false, false, null, null]);
  });
});
