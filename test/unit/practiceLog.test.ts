import { strict as assert } from 'node:assert';
import { appendEntry, csvField, parseLog, parseTimeUsed, serializeEntry, toCsv, type LogEntry } from '../../src/features/practiceLog/logFormat';

const entry: LogEntry = {
  date: '2026-01-05T10:00:00.000Z',
  file: 'notes/2026-01-05-chest-pain.note.md',
  complaint: 'chest-pain',
  timeUsedSeconds: 522,
  sections: { hpi: true, ros: false, pe: true, differential: true, workup: false },
  redFlagsMissed: ['syncope'],
  source: 'check',
};

describe('practice log format', () => {
  it('round-trips an entry', () => {
    const text = appendEntry('', entry);
    assert.ok(text.endsWith('\n'));
    assert.equal(text.split('\n').length, 2);
    assert.deepEqual(parseLog(text), { entries: [entry], errors: [] });
  });

  it('appends after the previous content, byte for byte, adding a missing line break', () => {
    const previous = `${serializeEntry(entry)}`;
    const text = appendEntry(previous, { ...entry, source: 'timer' });
    assert.ok(text.startsWith(`${previous}\n`));
    assert.deepEqual(
      parseLog(text).entries.map((e) => e.source),
      ['check', 'timer'],
    );
    const kept = 'garbage line\n';
    assert.ok(appendEntry(kept, entry).startsWith(kept));
  });

  it('skips corrupt lines, reporting their line numbers, and keeps the rest', () => {
    const line = serializeEntry(entry);
    const text = [line, '{"date": "2026-01-0', line, '', '{"date":"2026-01-06T00:00:00Z"}', '[1,2]', line].join('\r\n');
    const parsed = parseLog(text);
    assert.equal(parsed.entries.length, 3);
    assert.deepEqual(
      parsed.errors.map((e) => e.line),
      [2, 5, 6],
    );
    assert.match(parsed.errors[0]?.message ?? '', /JSON/);
    assert.match(parsed.errors[1]?.message ?? '', /file/);
  });

  it('accepts null complaint and time, and a missing redFlagsMissed', () => {
    const parsed = parseLog(JSON.stringify({ ...entry, complaint: null, timeUsedSeconds: null, redFlagsMissed: undefined }));
    assert.equal(parsed.errors.length, 0);
    assert.equal(parsed.entries[0]?.complaint, null);
    assert.deepEqual(parsed.entries[0]?.redFlagsMissed, []);
  });

  it('rejects wrong section values and sources', () => {
    assert.equal(parseLog(JSON.stringify({ ...entry, sections: { ...entry.sections, pe: 'yes' } })).errors.length, 1);
    assert.equal(parseLog(JSON.stringify({ ...entry, source: 'manual' })).errors.length, 1);
    assert.equal(parseLog(JSON.stringify({ ...entry, timeUsedSeconds: -1 })).errors.length, 1);
  });

  it('reads timeUsed front-matter values', () => {
    assert.equal(parseTimeUsed('8:42'), 522);
    assert.equal(parseTimeUsed(' 10:00 '), 600);
    assert.equal(parseTimeUsed('1:02:03'), 3723);
    assert.equal(parseTimeUsed('soon'), null);
    assert.equal(parseTimeUsed(undefined), null);
  });

  describe('CSV', () => {
    it('quotes fields that need it', () => {
      assert.equal(csvField('plain'), 'plain');
      assert.equal(csvField('a,b'), '"a,b"');
      assert.equal(csvField('say "hi"'), '"say ""hi"""');
      assert.equal(csvField('two\nlines'), '"two\nlines"');
      assert.equal(csvField(' padded'), '" padded"');
      assert.equal(csvField(null), '');
      assert.equal(csvField(12), '12');
      assert.equal(csvField(false), 'false');
      assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    });

    it('writes a header and one row an entry', () => {
      const csv = toCsv([entry, { ...entry, file: 'notes/a, "b".note.md', complaint: null, timeUsedSeconds: null, redFlagsMissed: ['syncope', 'fever'] }]);
      const rows = csv.split('\r\n');
      assert.equal(rows[0], 'date,file,complaint,timeUsedSeconds,hpi,ros,pe,differential,workup,redFlagsMissed,source');
      assert.equal(rows[1], '2026-01-05T10:00:00.000Z,notes/2026-01-05-chest-pain.note.md,chest-pain,522,true,false,true,true,false,syncope,check');
      assert.equal(rows[2], '2026-01-05T10:00:00.000Z,"notes/a, ""b"".note.md",,,true,false,true,true,false,syncope; fever,check');
      assert.equal(rows[3], '');
      assert.equal(toCsv([]), 'date,file,complaint,timeUsedSeconds,hpi,ros,pe,differential,workup,redFlagsMissed,source\r\n');
    });
  });
});
