import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkNote } from '../../src/core/check/checkNote';
import { loadHoldout, parseHoldout } from '../support/holdout';

describe('holdout notes: the judgement line', () => {
  it('reads the list of red-flag ids', () => {
    const note = parseHoldout('a.md', '<!-- holdout-missing-red-flags: syncope,  calf-pain -->\nHPI: 58M c/o chest pain.\n');
    assert.deepEqual(note.judged, ['syncope', 'calf-pain']);
  });

  it('reads an empty list as no red flag missing, not as no judgement', () => {
    assert.deepEqual(parseHoldout('a.md', '<!-- holdout-missing-red-flags: -->\r\nHPI: x\r\n').judged, []);
    assert.equal(parseHoldout('a.md', 'HPI: x\n<!-- holdout-missing-red-flags: fever -->\n').judged, undefined);
  });

  it('removes the line so that front matter right after it is still read', () => {
    const raw = '<!-- holdout-missing-red-flags: fever -->\n---\ncsnote: 1\ncomplaint: headache\n---\n## History\nHPI: 30M, 2 days. <!-- aside -->\n';
    const note = parseHoldout('a.md', raw);
    assert.ok(note.text.startsWith('---\n'));
    assert.ok(!note.text.includes('holdout') && !note.text.includes('aside'));
    assert.equal(checkNote(note.text).complaintSource, 'front-matter');
  });

  const folders = fs.readdirSync(path.resolve(__dirname, '..')).filter((name) => /^holdout\d*$/.test(name));
  it('finds the hold-out folders', () => assert.ok(folders.length >= 5, `only ${folders.length} hold-out folders`));
  for (const folder of folders) {
    it(`every note in test/${folder} has a judgement line`, () => {
      const notes = loadHoldout(path.resolve(__dirname, '..', folder));
      assert.ok(notes.length > 0, `test/${folder} holds no notes`);
      for (const note of notes) assert.ok(note.judged !== undefined, `${note.name} has no judgement line`);
    });
  }
});
