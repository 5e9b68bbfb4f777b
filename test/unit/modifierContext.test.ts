import { compileLexicon } from '../../src/core/clinical/compiledLexicon';
import { checkReadings, readings, type ReadingCases } from '../support/readings';

// Modifier phrases ("worse with exertion") name a finding only through the finding they modify.
const WITH_EXERTION = ['with exertion', 'worse with walking', 'climbing stairs', '# flights of stairs'];
const LEX = compileLexicon([
  { id: 'chest-pain', label: 'chest pain', synonyms: ['chest pain', 'chest pressure'] },
  { id: 'dyspnea', label: 'shortness of breath', synonyms: ['shortness of breath'], abbreviations: ['SOB'] },
  { id: 'knee-pain', label: 'knee pain', synonyms: ['knee pain'] },
  { id: 'radiation', label: 'radiation', synonyms: ['radiating to the arm'] },
  {
    id: 'exertional-chest-pain',
    label: 'chest pain on exertion',
    synonyms: ['exertional chest pain'],
    modifierSynonyms: { of: ['chest-pain'], notAcross: ['knee-pain', 'dyspnea'], phrases: WITH_EXERTION },
    excludedPhrases: ['better with exertion'],
  },
  {
    id: 'doe',
    label: 'dyspnea on exertion',
    synonyms: ['dyspnea on exertion'],
    modifierSynonyms: { of: ['dyspnea'], notAcross: ['knee-pain', 'chest-pain'], phrases: WITH_EXERTION },
  },
]);

function read(text: string): string[] {
  return readings(text, LEX);
}

function check(cases: ReadingCases): void {
  checkReadings(cases, read);
}

describe('modifier phrases', () => {
  describe('take their concept from the finding before them in the sentence', () => {
    check([
      ['chest pressure x 2 h, radiating to the arm, worse with walking', ['chest-pain:a', 'radiation:a', 'exertional-chest-pain:a']],
      ['SOB after 2 flights of stairs', ['dyspnea:a', 'doe:a']],
      ['chest pain and SOB with exertion', ['chest-pain:a', 'dyspnea:a', 'exertional-chest-pain:a', 'doe:a']],
      ['chest pain, not with exertion', ['chest-pain:a', 'exertional-chest-pain:n']],
    ]);
  });
  describe('or after it in the sentence, denied with it', () => {
    check([
      ['Climbing stairs brings on the chest pain', ['exertional-chest-pain:a', 'chest-pain:a']],
      ['Can manage 2 flights of stairs without SOB', ['doe:n', 'dyspnea:n']],
    ]);
  });
  describe('or from an earlier sentence when the phrase opens its own', () => {
    check([
      ['Chest pain x 2 days. Worse with walking.', ['chest-pain:a', 'exertional-chest-pain:a']],
      ['- chest pressure x 3 wks\n- substernal, heavy\n- comes on climbing stairs', ['chest-pain:a', 'exertional-chest-pain:a']],
    ]);
  });
  describe('name nothing without a finding they may modify', () => {
    check([
      ['knee pain, worse with walking', ['knee-pain:a']],
      ['Worse with walking.', []],
      // A denied finding is no topic to modify; another topic in between ends the look-back.
      ['No chest pain. Worse with walking.', ['chest-pain:n']],
      ['Chest pain yesterday. Knee pain x 2 weeks. Worse with walking.', ['chest-pain:a', 'knee-pain:a']],
      ['Chest pain yesterday. Knee pain, worse with walking.', ['chest-pain:a', 'knee-pain:a']],
      // What exertion relieves is not brought on by it.
      ['chest pain, better with exertion', ['chest-pain:a']],
    ]);
  });
});
