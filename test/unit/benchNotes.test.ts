// The notes `npm run bench -- PATH` adds: a directory's CSVs count only with a column named like a
// note, while a CSV given on its own falls back to its longest column.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadExtra } from '../../bench/notes';

describe('bench loadExtra', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-note-bench-notes-'));
    fs.writeFileSync(path.join(dir, 'notes.csv'), 'pn_num,pn_history\n1,"HPI: cough x3 days, no fever."\n2,"HPI: headache, ""worst ever""."\n');
    fs.writeFileSync(path.join(dir, 'annotations.csv'), 'id,annotation\n1,"[\'cough\']"\n2,"[\'headache\']"\n3,"[\'no fever\']"\n');
    fs.writeFileSync(path.join(dir, 'one.md'), 'HPI: chest pain <!-- expect: x -->\n');
    fs.writeFileSync(path.join(dir, 'README.md'), '# What these notes are\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a directory: its Markdown notes and the note column of its CSVs, not the other tables nor its README', () => {
    const notes = loadExtra(dir);
    assert.deepEqual(
      notes.map((note) => note.name),
      ['one.md', 'notes.csv#1', 'notes.csv#2'],
    );
    assert.equal(notes[2]?.text, 'HPI: headache, "worst ever".');
    assert.doesNotMatch(notes[0]?.text ?? '', /expect/);
  });

  it('reads a CSV given on its own by its longest column when none is named like a note', () => {
    const notes = loadExtra(path.join(dir, 'annotations.csv'));
    assert.deepEqual(
      notes.map((note) => note.text),
      ["['cough']", "['headache']", "['no fever']"],
    );
  });

  it('says clearly when the path does not exist', () => {
    assert.throws(() => loadExtra(path.join(dir, 'missing')), /no such file or directory/);
  });
});
