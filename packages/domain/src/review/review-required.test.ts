import { describe, expect, it } from 'vitest';
import { NATIONAL_REVIEW_THRESHOLDS, reviewRequired } from './review-required.ts';

describe('法制审核 required (处罚法 第五十八条)', () => {
  it('is not required for a small fine with no stated circumstance', () => {
    expect(reviewRequired({ partyKind: 'organization', penalties: [{ kind: 'fine', amountFen: 5_000_000 }] })).toEqual({ required: false, reasons: [] });
  });

  it('is required at the fine threshold for the party type, with the amount in the reason', () => {
    const person = reviewRequired({ partyKind: 'person', penalties: [{ kind: 'fine', amountFen: 1_000_000 }] });
    expect(person.required).toBe(true);
    expect(person.reasons[0]).toMatchObject({ code: 'FINE_THRESHOLD', text: expect.stringContaining('10,000元') });
    expect(reviewRequired({ partyKind: 'person', penalties: [{ kind: 'fine', amountFen: 999_999 }] }).required).toBe(false);
    expect(reviewRequired({ partyKind: 'organization', penalties: [{ kind: 'fine', amountFen: 9_999_999 }] }).required).toBe(false);
    expect(reviewRequired({ partyKind: 'organization', penalties: [{ kind: 'fine', amountFen: 10_000_000 }] }).required).toBe(true);
  });

  it('is required for licence revocation and 责令停产停业 whatever the amount, and after a hearing', () => {
    expect(reviewRequired({ partyKind: 'organization', penalties: [{ kind: 'revoke-licence' }] }).reasons.map((r) => r.code)).toEqual(['PENALTY_KIND']);
    expect(reviewRequired({ partyKind: 'organization', penalties: [{ kind: 'order-suspension' }] }).required).toBe(true);
    expect(reviewRequired({ partyKind: 'person', penalties: [{ kind: 'warning' }], hearingHeld: true }).reasons[0]).toMatchObject({ code: 'HEARING_HELD', basis: expect.stringContaining('第五十八条') });
  });

  it('lists every reason and follows a province’s own catalogue', () => {
    const draft = { partyKind: 'organization' as const, penalties: [{ kind: 'fine' as const, amountFen: 30_000_000 }, { kind: 'confiscate-illegal-gains' as const, amountFen: 20_000_000 }], complexOrSeveralRelations: true };
    expect(reviewRequired(draft).reasons.map((r) => r.code)).toEqual(['COMPLEX', 'FINE_THRESHOLD', 'CONFISCATION_THRESHOLD']);
    const strict = { ...NATIONAL_REVIEW_THRESHOLDS, fineFen: { person: 500_000, organization: 5_000_000 } };
    expect(reviewRequired({ partyKind: 'organization', penalties: [{ kind: 'fine', amountFen: 5_000_000 }] }, strict).required).toBe(true);
  });
});
