import { strict as assert } from 'node:assert';
import { checkNote } from '../../src/core/check/checkNote';
import { inferAge, inferSex } from '../../src/core/check/patient';
import type { Knowledge } from '../../src/core/clinical/types';
import { testKnowledge } from '../support/testKnowledge';

function sexOf(text: string): string | undefined {
  return inferSex(text, { start: 0, end: text.length });
}

describe('patient sex from the note', () => {
  const cases: Array<[string, string | undefined]> = [
    ['45 yo M c/o chest pain', 'male'],
    ['45M with chest pain', 'male'],
    ['32 y/o F presents with dysuria', 'female'],
    ['A 28-year-old woman with pelvic pain', 'female'],
    ['Mrs. Smith, 60, reports cough', 'female'],
    ['Pt is a 20 yo male', 'male'],
    ['Patient reports burning. She denies fever; her LMP was 2 wk ago.', 'female'],
    ['Patient reports burning. He denies fever.', 'male'],
    ['Patient reports burning with urination.', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected ?? 'unknown'}`, () => assert.equal(sexOf(text), expected));
  }

  it('asks a sex-specific red flag only of patients of that sex', () => {
    const base = testKnowledge.complaints[0];
    assert.ok(base);
    const knowledge: Knowledge = {
      ...testKnowledge,
      complaints: [{ ...base, redFlags: [{ finding: 'fever', why: 'test flag for women only.', section: 'ros', sex: 'female' }] }],
    };
    const flagged = (hpi: string): boolean =>
      checkNote(`---\ncomplaint: chest-pain\n---\n## History\nHPI: ${hpi}\nROS: denies cough.\n`, { knowledge }).findings.some(
        (finding) => finding.rule === 'missing-red-flag',
      );
    assert.equal(flagged('30 yo F with chest pain'), true);
    assert.equal(flagged('30 yo M with chest pain'), false);
    assert.equal(flagged('chest pain for 2 days'), false);
  });
});

describe('patient age from the note', () => {
  const cases: Array<[string, number | undefined]> = [
    ['32 yo F c/o headache', 32],
    ['45M with chest pain', 45],
    ['60F c/o cough', 60],
    ['A 28-year-old woman with pelvic pain', 28],
    ['HPI: 67 y.o. male with dizziness', 67],
    ['Mr. K, 72 yrs old, reports back pain', 72],
    ['Dillon is a 17 y/o M', 17],
    // Durations and counts are no age.
    ['Headache x 3 m, worse today', undefined],
    ['Pain for 3 m.', undefined],
    ['3 M ago he fell', undefined],
    ['Has 2 F siblings', undefined],
    ['Headache for 2 days', undefined],
    ['150 yo M', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected ?? 'unknown'}`, () => assert.equal(inferAge(text, { start: 0, end: text.length }), expected));
  }
});
