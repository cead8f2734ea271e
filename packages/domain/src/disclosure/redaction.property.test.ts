import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionText, leaksOf } from './redaction-arbitraries.ts';
import { redact } from './redaction.ts';

describe('redaction engine, property: zero leaks', () => {
  it('leaves no ID number, phone, bank card, home address, other person or health data in 10,000 generated texts', () => {
    let findings = 0;
    fc.assert(
      fc.property(decisionText, ({ text, secrets, party }) => {
        const out = redact(text, party);
        findings += out.findings.length;
        const leaks = leaksOf(out.text, secrets);
        if (leaks.length) throw new Error(`leaked ${JSON.stringify(leaks)}\nin: ${JSON.stringify(text)}\nout: ${JSON.stringify(out.text)}`);
        // The organisation stays named; the person appears as surname + 某.
        if (party.kind === 'organization') expect(out.text).toContain(party.name);
        // Offsets point into the original text and never overlap.
        let last = 0;
        for (const f of out.findings) {
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeLessThanOrEqual(text.length);
          last = f.end;
        }
      }),
      { numRuns: 10_000, seed: 20_260_401 },
    );
    expect(findings).toBeGreaterThan(10_000);
  });
});
