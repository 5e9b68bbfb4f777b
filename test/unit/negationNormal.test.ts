import { compileLexicon } from '../../src/core/clinical/compiledLexicon';
import { checkReadings, readings, type ReadingCases } from '../support/readings';

// A function named as normal is the abnormal finding's absence: "energy level is good" is no fatigue.
const LEX = compileLexicon([
  { id: 'fatigue', label: 'fatigue', synonyms: ['fatigue', 'energy level', 'energy levels'] },
  { id: 'appetite-change', label: 'change in appetite', synonyms: ['appetite'] },
  { id: 'sleep-disturbance', label: 'sleep disturbance', synonyms: ['sleep pattern', 'poor sleep'] },
  { id: 'chest-pain', label: 'chest pain', synonyms: ['chest pain'] },
  { id: 'smoking', label: 'smoking', synonyms: ['smoker'] },
]);

function render(text: string): string[] {
  return readings(text, LEX);
}

function check(cases: ReadingCases): void {
  checkReadings(cases, render);
}

describe('negation: "normal", "good", "fine" said of a function', () => {
  describe('after it, closing the clause', () => {
    check([
      ['Her energy level is good.', ['fatigue:n']],
      ['Sleep pattern: normal', ['sleep-disturbance:n']],
      ['appetite fine, energy levels ok', ['appetite-change:n', 'fatigue:n']],
      ['Energy levels within normal limits', ['fatigue:n']],
      ['Energy level good but poor sleep', ['fatigue:n', 'sleep-disturbance:a']],
    ]);
  });
  describe('right before it', () => {
    check([
      ['normal energy levels and appetite', ['fatigue:n', 'appetite-change:a']],
      ['good appetite, fatigue', ['appetite-change:n', 'fatigue:a']],
    ]);
  });
  describe('not said of it', () => {
    check([
      ['energy levels are not good', ['fatigue:a']],
      ['Good relief of chest pain with rest', ['chest-pain:a']],
      ['fatigue, normal appetite', ['fatigue:a', 'appetite-change:n']],
      ['chest pain, good sleep pattern', ['chest-pain:a', 'sleep-disturbance:n']],
      ['non-smoker with good energy level', ['smoking:n', 'fatigue:n']],
    ]);
  });
});
