import assert from 'node:assert/strict';
import { analyzeNote } from '../../src/core/check/analysis';
import { indexKnowledge } from '../../src/core/clinical/knowledgeIndex';
import { builtinKnowledge } from '../../src/core/clinical/data/index';
import { compileLexicon } from '../../src/core/clinical/compiledLexicon';
import { parseNote } from '../../src/core/note/parse';
import { checkReadings, readings, type ReadingCases } from '../support/readings';

// Plus-minus lines of a History: "+ nausea" / "- headache". A "-" that starts a line is a minus sign
// when the lines read as a signed list, and a Markdown bullet otherwise.
const LEX = compileLexicon([
  { id: 'headache', label: 'headache', synonyms: ['headache'], abbreviations: ['HA'] },
  { id: 'syncope', label: 'syncope', synonyms: ['fainting', 'loss of consciousness'], abbreviations: ['LOC'] },
  { id: 'weakness', label: 'weakness', synonyms: ['weakness'] },
  { id: 'numbness', label: 'numbness', synonyms: ['numbness'] },
  { id: 'nausea', label: 'nausea', synonyms: ['nausea'] },
  { id: 'skin-changes', label: 'skin changes', synonyms: ['skin changes'] },
  { id: 'chest-pain', label: 'chest pain', synonyms: ['chest pain'] },
  { id: 'htn', label: 'hypertension', synonyms: ['hypertension'], abbreviations: ['HTN'] },
  { id: 'fever', label: 'fever', synonyms: ['fever'] },
]);

function read(text: string, signedLines = true): string[] {
  return readings(text, LEX, { signedLines });
}

function check(cases: ReadingCases): void {
  checkReadings(cases, (text) => read(text));
}

describe('signed lines of a History', () => {
  describe('a bare finding after a line-starting "-" is absent', () => {
    check([
      ['- skin changes', ['skin-changes:n']],
      ['-headache', ['headache:n']],
      ['- for skin changes', ['skin-changes:n']],
      ['+ nausea\n- HA\n- LOC / fainting', ['nausea:a', 'headache:n', 'syncope:n', 'syncope:n']],
      ['- weakness or numbness in arms/legs', ['weakness:n', 'numbness:n']],
      ['- headache, - fainting.', ['headache:n', 'syncope:n']],
      // A signed line is one item even when it ends in a comma: the next line is not wrapped into it.
      ['+ nausea,\n- headache,\nweakness', ['nausea:a', 'headache:n', 'weakness:a']],
      ['HPI: 50M with chest pain.\n- headache\n- fainting', ['chest-pain:a', 'headache:n', 'syncope:n']],
      ['ROS:\n- headache\n- fever', ['headache:n', 'fever:n']],
      ['Pertinent negatives:\n- headache', ['headache:n']],
      // In a list with a "+" line, a "-" line that goes on after its findings still denies them.
      ['+ nausea\n- weakness, walks fine\n- fainting/headache at night', ['nausea:a', 'weakness:n', 'syncope:n', 'headache:n']],
      // A blank line ends the bulleted HPI above; the signed lines below it are a list of their own.
      ['HPI:\n- chest pain since Monday\n- worse at night\n\n+ nausea\n- fever\n- headache', ['chest-pain:a', 'nausea:a', 'fever:n', 'headache:n']],
    ]);
  });
  describe('a "-" that is a bullet', () => {
    check([
      // A list where some "-" line is text is a bulleted list.
      ['- chest pain x 2 h\n- nausea', ['chest-pain:a', 'nausea:a']],
      ['- Started 2 days ago\n- headache', ['headache:a']],
      // A finding that opens a statement ("x 3 days") is no signed item, even beside a "+" line.
      ['- chest pain x 3 days\n+ nausea', ['chest-pain:a', 'nausea:a']],
      // Above the first "+" line, a "-" line that goes on after its finding is a bullet of the HPI.
      ['- headache, worst in the morning\n+ nausea\n- fever', ['headache:a', 'nausea:a', 'fever:n']],
      ['- Started 2 days ago\n\n- headache\n- fever', ['headache:n', 'fever:n']],
      // A field's values and positives announced by a header are listed, not denied.
      ['PMH:\n- HTN\n- headache', ['htn:a', 'headache:a']],
      ['Associated symptoms:\n- nausea\n- headache', ['nausea:a', 'headache:a']],
      // A duration or a number after the finding makes the line a statement.
      ['- headache x 3 days', ['headache:a']],
      ['- headache in 2 places', ['headache:a']],
      // Spaced dashes inside a line keep their old reading.
      ['headache - fainting', ['headache:a', 'syncope:a']],
    ]);
  });
  it('reads nothing new when the region is not a History', () => {
    assert.deepEqual(read('- skin changes\n- headache', false), ['skin-changes:a', 'headache:a']);
  });
});

describe('signed lines in a note', () => {
  const index = indexKnowledge(builtinKnowledge);
  const note = [
    '## History',
    'HPI: 58 yo M c/o dizziness x 3 days, room spinning when rolling over in bed.',
    '+ nausea',
    '- headache',
    '- double vision',
    '## Physical Examination',
    '- diaphoresis',
    '## Data Interpretation',
    '### 1. BPPV',
    '- History:',
    '  - nausea',
    '  - vertigo when rolling over',
    '- PE: nystagmus',
    '## Diagnostic Studies',
    '- MRI brain',
    '',
  ].join('\n');
  const analysis = analyzeNote(parseNote(note), index);
  const polarity = (mentions: readonly { concept: string; polarity: string }[], concept: string): string | undefined =>
    mentions.find((m) => m.concept === concept)?.polarity;
  it('reads the History\'s "-" lines as minuses', () => {
    assert.equal(polarity(analysis.history, 'nausea'), 'affirmed');
    assert.equal(polarity(analysis.history, 'headache'), 'negated');
    assert.equal(polarity(analysis.history, 'vision-changes'), 'negated');
  });
  it('reads bullets of the exam and of a diagnosis\'s support as bullets', () => {
    assert.equal(polarity(analysis.exam, 'diaphoresis'), 'affirmed');
    const support = analysis.diagnoses[0]?.support ?? [];
    assert.equal(polarity(support, 'nausea'), 'affirmed');
  });
});
