// "Denies discharge" in a genitourinary review documents the discharge red flag of the patient's
// sex (genital-discharge answers vaginal and penile discharge), with the built-in knowledge.
import { strict as assert } from 'node:assert';
import { checkNote } from '../../src/core/check/checkNote';

function missingRedFlags(hpi: string): string[] {
  const note = `---\ncsnote: 1\ncomplaint: urinary-symptoms\n---\n## History\nHPI: ${hpi}\n`;
  return checkNote(note)
    .findings.filter((f) => f.rule === 'missing-red-flag')
    .map((f) => String(f.data['redFlag']));
}

describe('missing-red-flag: discharge with no site named', () => {
  it('documents vaginal discharge for a woman', () => {
    assert.ok(missingRedFlags('28 yo F with burning on urination for 2 days. Denies fever.').includes('vaginal-discharge'));
    assert.ok(!missingRedFlags('28 yo F with burning on urination for 2 days. Denies fever or discharge.').includes('vaginal-discharge'));
  });

  it('documents penile discharge for a man', () => {
    assert.ok(missingRedFlags('28 yo M with burning on urination for 2 days. Denies fever.').includes('penile-discharge'));
    assert.ok(!missingRedFlags('28 yo M with burning on urination for 2 days. Denies fever or discharge.').includes('penile-discharge'));
  });
});

describe('missing-red-flag: a weight gain answers the weight-loss question', () => {
  it('does not flag weight loss when the note records a weight gain', () => {
    const note = (hpi: string): string => `---\ncsnote: 1\ncomplaint: fatigue\n---\n## History\nHPI: ${hpi}\n`;
    const flagged = (hpi: string): boolean =>
      checkNote(note(hpi)).findings.some((f) => f.rule === 'missing-red-flag' && f.data['redFlag'] === 'weight-loss');
    assert.ok(flagged('35 yo F with fatigue for 3 months.'));
    assert.ok(!flagged('35 yo F with fatigue for 3 months. Has gained about 3 lb.'));
  });
});

describe('missing-red-flag: a narrower finding documents the broader one only when affirmed', () => {
  const flagged = (complaint: string, hpi: string, flag: string): boolean =>
    checkNote(`---\ncsnote: 1\ncomplaint: ${complaint}\n---\n## History\nHPI: ${hpi}\n`).findings.some(
      (f) => f.rule === 'missing-red-flag' && f.data['redFlag'] === flag,
    );
  it('reads dyspnea on exertion as documenting shortness of breath', () => {
    assert.ok(flagged('chest-pain', '58 yo M with chest pressure x 2 h.', 'dyspnea'));
    assert.ok(!flagged('chest-pain', '58 yo M with chest pressure x 2 h. Gets short of breath climbing stairs.', 'dyspnea'));
  });
  it('leaves chest pain undocumented when only its exertional form is denied', () => {
    assert.ok(flagged('dizziness', '70 yo F with dizziness for a week, room spinning. No chest pain on exertion.', 'chest-pain'));
    assert.ok(!flagged('dizziness', '70 yo F with dizziness for a week, room spinning. No chest pain.', 'chest-pain'));
  });
});
