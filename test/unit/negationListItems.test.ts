import { compileLexicon } from '../../src/core/clinical/compiledLexicon';
import { checkReadings, readings, type ReadingCases } from '../support/readings';

// A negated list runs over commas ("denies fever, chills, cough"), but a later item that says how
// often or how much is a statement of its own: "no tobacco, occasional alcohol".
const LEX = compileLexicon([
  { id: 'smoking', label: 'smoking', synonyms: ['smoking', 'tobacco', 'tobacco use', 'cigarettes'] },
  { id: 'alcohol', label: 'alcohol use', synonyms: ['alcohol', 'alcohol use', 'wine', 'beers'] },
  { id: 'cannabis', label: 'cannabis use', synonyms: ['cannabis', 'drug use'] },
  { id: 'fever', label: 'fever', synonyms: ['fever', 'fevers'] },
  { id: 'chills', label: 'chills', synonyms: ['chills'] },
  { id: 'night-sweats', label: 'night sweats', synonyms: ['night sweats'] },
  { id: 'cough', label: 'cough', synonyms: ['cough'] },
  { id: 'headache', label: 'headache', synonyms: ['headache', 'headaches'] },
  { id: 'nv', label: 'nausea', synonyms: ['nausea'], abbreviations: ['N/V'] },
]);

function render(text: string): string[] {
  return readings(text, LEX);
}

function check(cases: ReadingCases): void {
  checkReadings(cases, render);
}

describe('negation: later list items that are statements of their own', () => {
  describe('a modifier opening the item', () => {
    check([
      ['no tobacco, occasional alcohol', ['smoking:n', 'alcohol:a']],
      ['Denies smoking, social alcohol use, rare cannabis', ['smoking:n', 'alcohol:a', 'cannabis:a']],
      ['no fever, mild headache', ['fever:n', 'headache:a']],
    ]);
  });
  describe('how often or how much after the mention', () => {
    check([
      ['no cigarettes, wine on weekends', ['smoking:n', 'alcohol:a']],
      ['denies tobacco, cannabis twice last year', ['smoking:n', 'cannabis:a']],
      ['no tobacco use, alcohol 2 glasses a night', ['smoking:n', 'alcohol:a']],
      ['Never used cigarettes, alcohol 5/week', ['smoking:n', 'alcohol:a']],
      ['no tobacco, alcohol 1x per month', ['smoking:n', 'alcohol:a']],
      // A number opening the next item, or a verb, ends the scope too.
      ['no smoking, 2 beers per week', ['smoking:n', 'alcohol:a']],
      ['no smoking, tried cannabis in college', ['smoking:n', 'cannabis:a']],
    ]);
  });
  describe('still one negated list', () => {
    check([
      ['denies fever, chills, cough', ['fever:n', 'chills:n', 'cough:n']],
      ['no tobacco, or regular drug use', ['smoking:n', 'cannabis:n']],
      ['Denies headache, fevers/chills/night sweats', ['headache:n', 'fever:n', 'chills:n', 'night-sweats:n']],
      ['no cough, N/V/D, fever', ['cough:n', 'nv:n', 'fever:n']],
      // The first item after the trigger is always in its scope.
      ['no alcohol on weekdays', ['alcohol:n']],
    ]);
  });
});
