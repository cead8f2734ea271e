import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, renderDocument, type DocumentKind } from './index.ts';
import { pdfPages, pdfText, squeezed } from '../test/pdf-text.ts';
import { company, header, remedies, SAMPLES } from '../test/samples.ts';

const renderSample = async (kind: DocumentKind) => {
  const sample = SAMPLES[kind];
  const pdf = await renderDocument(kind, sample.data as never);
  return { pdf, text: squeezed(pdfText(pdf)), sample };
};

const codeOf = (kind: DocumentKind) => DOCUMENT_KINDS.find((k) => k.key === kind)!;

describe('renderDocument', () => {
  it('lists every kind with a Chinese title and a distinct number code', () => {
    expect(DOCUMENT_KINDS.length).toBe(Object.keys(SAMPLES).length);
    expect(DOCUMENT_KINDS.length).toBeGreaterThanOrEqual(33);
    expect(DOCUMENT_KINDS.find((k) => k.key === 'penaltyDecision')).toMatchObject({ title: '行政处罚决定书', numberCode: '罚', numberRequired: true });
    const codes = DOCUMENT_KINDS.flatMap((k) => (k.numberCode ? [k.numberCode] : []));
    expect(new Set(codes).size).toBe(codes.length);
    for (const k of DOCUMENT_KINDS) expect(k.title).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(DOCUMENT_KINDS.map((k) => k.key))('%s renders with its title, number and key fields intact in pdftotext', async (kind) => {
    const { pdf, text, sample } = await renderSample(kind);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(text).toContain('甲县市场监督管理局');
    if (codeOf(kind).numberCode) expect(text).toContain(squeezed(sample.data.header.number!));
    for (const s of sample.expect) expect(text).toContain(squeezed(s));
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    // Subset fonts: the CJK collections are tens of MB; a document stays a few hundred KB at most.
    expect(pdf.length).toBeLessThan(400_000);
  });

  it('the penalty decision states every element of 处罚法 第五十九条 and carries the seal placeholder', async () => {
    const { text } = await renderSample('penaltyDecision');
    const elements = {
      '（一）当事人的姓名或者名称、地址': ['甲县乐购商贸有限公司', '统一社会信用代码：91350100M000100Y43', '住所：甲县城关镇解放路18号'],
      '（二）违法事实和证据': ['销售超过保质期的“鲜活”牌酸奶12盒', '以上事实有下列证据证明', '进货票据复印件3页'],
      '（三）处罚的种类和依据': ['《中华人民共和国食品安全法》第一百二十四条第一款第五项', '没收违法所得人民币玖拾陆元整', '罚款人民币伍万元整（50,000元）'],
      '（四）履行方式和期限': ['自收到本决定书之日起15日内', '甲县农村商业银行', '每日按罚款数额的3%加处罚款', '不超出罚款的数额', '第七十二条'],
      '（五）复议、诉讼的途径和期限': ['60日内向甲县人民政府申请行政复议', '6个月内向甲县人民法院提起行政诉讼'],
      '（六）机关名称和日期': ['甲县市场监督管理局', '2026年5月20日'],
      印章: ['（印章）'],
    };
    for (const [element, phrases] of Object.entries(elements)) {
      for (const p of phrases) expect(text, `${element}: ${p}`).toContain(squeezed(p));
    }
  });

  it('refuses bad data with stable codes before drawing anything', async () => {
    const decision = SAMPLES.penaltyDecision.data;
    await expect(renderDocument('penaltyDecision', { ...decision, header: header() })).rejects.toMatchObject({ code: 'DOCUMENT_NUMBER_REQUIRED' });
    await expect(renderDocument('penaltyDecision', { ...decision, header: header('甲县市监罚2026-12') })).rejects.toMatchObject({ code: 'DOCUMENT_NUMBER_INVALID' });
    // A 不予处罚 number is not a 处罚 number although both end in 罚.
    await expect(renderDocument('penaltyDecision', { ...decision, header: header('甲县市监不罚〔2026〕3号') })).rejects.toMatchObject({ code: 'DOCUMENT_NUMBER_KIND_MISMATCH' });
    // The 立案审批表 is printed before filing is approved, when the case number does not exist yet.
    await expect(renderDocument('filingApproval', { ...SAMPLES.filingApproval.data, header: header() })).resolves.toBeInstanceOf(Buffer);
    await expect(renderDocument('filingApproval', { ...SAMPLES.filingApproval.data, header: header('甲县市监罚〔2026〕1号') })).rejects.toMatchObject({
      code: 'DOCUMENT_NUMBER_KIND_MISMATCH',
    });
    await expect(renderDocument('penaltyDecision', { ...decision, payment: undefined })).rejects.toMatchObject({ code: 'DOCUMENT_DATA_INVALID', details: { field: 'payment' } });
    await expect(renderDocument('penaltyDecision', { ...decision, remedies: { ...remedies, reconsiderationDays: 30 } })).rejects.toMatchObject({ code: 'REMEDY_PERIOD_TOO_SHORT' });
    await expect(renderDocument('penaltyDecision', { ...decision, evidence: [] })).rejects.toMatchObject({ code: 'DOCUMENT_DATA_INVALID', details: { field: 'evidence' } });
    await expect(renderDocument('nope' as DocumentKind, decision as never)).rejects.toMatchObject({ code: 'DOCUMENT_KIND_UNKNOWN' });
    const review = SAMPLES.legalReviewOpinion.data;
    await expect(
      renderDocument('legalReviewOpinion', { ...review, points: [...review.points, { point: '程序', opinion: '未告知听证权利', passed: false }] }),
    ).rejects.toMatchObject({ details: { field: 'result' } });
    const receipt = SAMPLES.serviceReceipt.data;
    // 处罚法 第六十一条: electronic service only with the party's consent.
    await expect(renderDocument('serviceReceipt', { ...receipt, electronicConsentOn: undefined })).rejects.toMatchObject({ details: { field: 'electronicConsentOn' } });
    const seizure = SAMPLES.seizureDecision.data;
    await expect(renderDocument('seizureDecision', { ...seizure, period: { from: '2026-03-18', to: '2026-04-30' } })).rejects.toMatchObject({ details: { field: 'period' } });
    const deferral = SAMPLES.paymentDeferralApproval.data;
    await expect(renderDocument('paymentDeferralApproval', { ...deferral, instalments: [{ dueOn: '2026-06-05', amountFen: 100 }] })).rejects.toMatchObject({ details: { field: 'instalments' } });
    expect(company.name).toBe('甲县乐购商贸有限公司');
  });
});
