// The bench's typing figure checks the versions of a note an editor sees while a sentence is typed:
// these tests hold typingVersions to that, one keystroke a version, the note itself never lost.
import * as assert from 'node:assert/strict';
import { typingVersions } from '../../bench/notes';

/** The text `after` has that `before` lacks, when `after` is `before` with one run of characters inserted. */
function inserted(before: string, after: string): string {
  let head = 0;
  while (head < before.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  assert.equal(before.slice(0, head) + before.slice(before.length - tail), before, 'the note is kept around the insertion');
  return after.slice(head, after.length - tail);
}

describe('bench typingVersions', () => {
  const note = ['# History', 'HPI: 45 yo M with chest pain x2 days.', 'ROS: negative.', '# Physical Examination', 'Lungs clear.', ''].join('\n');

  it('gives one version a keystroke, each one character longer than the last', () => {
    const versions = typingVersions(note);
    assert.ok(versions.length > 10);
    let previous = note;
    for (const version of versions) {
      assert.equal(version.length, previous.length + 1);
      assert.equal(inserted(previous, version).length, 1);
      previous = version;
    }
  });

  it('types a whole sentence at the end of a line, leaving the note around it unchanged', () => {
    const last = typingVersions(note).at(-1) as string;
    const sentence = inserted(note, last);
    assert.match(sentence, /^ [A-Z].*\.$/);
    const lineOf = last.split('\n').find((line) => line.includes(sentence.trim())) as string;
    assert.ok(lineOf.endsWith(sentence), `the sentence ends its line: ${JSON.stringify(lineOf)}`);
  });

  it('types before the carriage return of a CRLF line, never between \\r and \\n', () => {
    const crlf = note.replace(/\n/g, '\r\n');
    for (const version of typingVersions(crlf)) assert.doesNotMatch(version, /\r(?!\n)/);
  });

  it('types at the end of a note that has no line break after its first third', () => {
    const oneLine = 'HPI: cough for 3 weeks, no fever.';
    const last = typingVersions(oneLine).at(-1) as string;
    assert.ok(last.startsWith(oneLine));
  });
});
