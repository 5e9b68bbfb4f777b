// Property tests: whatever text the editor hands the checker (half-written notes, pasted junk,
// unicode, CRLF, NUL bytes, huge lines), checkNote never throws, every finding points inside the
// text, every fix applies cleanly and is not offered again once applied, and fix-all terminates.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { generateNote, generateNotes } from '../../bench/notes';
import { applyFix, applySafeFixes, checkNote } from '../../src/core/index';
import type { Finding, Fix, Position } from '../../src/core/types';
import { propertyScale } from '../support/propertyScale';

/** 1 in `npm test`; `npm run test:property:long` runs every property on many more cases. */
const SCALE = propertyScale(process.env['CS_NOTE_PROPERTY_SCALE']);

/** Line starts and content ends, with \n, \r\n and a lone \r ending a line (as the editor counts them). */
function linesOf(text: string): { starts: number[]; ends: number[] } {
  const starts = [0];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char !== '\n' && char !== '\r') continue;
    ends.push(i);
    if (char === '\r' && text[i + 1] === '\n') i++;
    starts.push(i + 1);
  }
  ends.push(text.length);
  return { starts, ends };
}

function offsetOf(lines: { starts: number[]; ends: number[] }, position: Position, what: string): number {
  const { line, character } = position;
  assert.ok(Number.isInteger(line) && line >= 0 && line < lines.starts.length, `${what}: line ${line} of ${lines.starts.length}`);
  const start = lines.starts[line] as number;
  const end = lines.ends[line] as number;
  assert.ok(Number.isInteger(character) && character >= 0 && start + character <= end, `${what}: character ${character} past the end of line ${line}`);
  return start + character;
}

function assertFindingValid(text: string, finding: Finding, lines: ReturnType<typeof linesOf>): void {
  const { start, end } = finding.span;
  const what = `${finding.rule} at ${start}-${end}`;
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: integer span`);
  assert.ok(start >= 0 && start <= end && end <= text.length, `${what}: span within [0, ${text.length}]`);
  assert.equal(offsetOf(lines, finding.range.start, what), start, `${what}: range start matches span`);
  assert.equal(offsetOf(lines, finding.range.end, what), end, `${what}: range end matches span`);
  assert.ok(finding.message.length > 0, `${what}: has a message`);
  for (const fix of finding.fixes) assertFixValid(text, fix, what);
}

function assertFixValid(text: string, fix: Fix, what: string): void {
  assert.ok(fix.edits.length > 0, `${what}: fix '${fix.title}' has edits`);
  const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let previousEnd = -1;
  for (const edit of edits) {
    const { start, end } = edit.span;
    assert.ok(start >= 0 && start <= end && end <= text.length, `${what}: fix '${fix.title}' edit ${start}-${end} within the text`);
    assert.ok(start >= previousEnd, `${what}: fix '${fix.title}' edits overlap`);
    previousEnd = end;
  }
}

function sameFix(a: Fix, b: Fix): boolean {
  return (
    a.title === b.title &&
    a.edits.length === b.edits.length &&
    a.edits.every((edit, i) => {
      const other = b.edits[i];
      return other !== undefined && other.span.start === edit.span.start && other.span.end === edit.span.end && other.newText === edit.newText;
    })
  );
}

/** Every property of one text; returns nothing, throws on the first violation. */
function checkProperties(text: string, { fixes = true } = {}): void {
  const result = checkNote(text);
  const lines = linesOf(text);
  for (const finding of result.findings) assertFindingValid(text, finding, lines);
  if (!fixes) return;
  for (const fix of result.findings.flatMap((finding) => finding.fixes)) {
    const fixed = applyFix(text, fix);
    const again = checkNote(fixed).findings.flatMap((finding) => finding.fixes);
    assert.ok(!again.some((candidate) => sameFix(candidate, fix)), `fix '${fix.title}' is offered again at the same place after being applied`);
  }
  const all = applySafeFixes(text);
  assert.ok(all.applied <= 50, 'applySafeFixes is bounded');
}

// --- Generators -----------------------------------------------------------------------------

const NOTES = generateNotes(12).map((note) => note.text);

const FRAGMENTS = [
  '# History', '## History', '## Physical Examination', '# Physical Exam', '## Data Interpretation', '## Differential Diagnosis',
  '## Diagnostic Studies', '### 1. ', '### 2. Migraine', '1. Acute coronary syndrome', '- History: ', '- PE: ', '   - History: smoker',
  'HPI: ', 'ROS: ', 'ROS: Negative except as above.', 'PMH: ', 'Meds: ', 'Allergies: NKDA', 'SH: ', 'FH: ', 'VS: BP 120/80, HR 80',
  'General: NAD', 'Lungs: CTAB', 'Heart: RRR', 'Abdomen: soft, nontender', 'Neuro: CN 2-12 intact', '- ECG', '- CBC', '- r/o MI',
  '- Rectal exam', '- Pelvic exam', '- Aspirin 325 mg', '- Cardiology consult', 'denies fever', 'no chest pain', 'chest pain x 2 days',
  'c/o headache', '45 yo M', 'complaint: chest-pain', 'complaint: nonsense', '---', 'csnote: 1', '<!-- comment -->', '```', '> quote',
  '| a | b |', '* * *', '', ' ', '\t', 'Denies', 'negative ROS except', 'no', 'not', 'without', ':', '-', '#', '###',
  '😀 chest pain 👍', 'ألم في الصدر', 'כאב ראש', '\u200f\u202e RTL override', '𝐂𝐡𝐞𝐬𝐭 𝐩𝐚𝐢𝐧', 'e\u0301', '\uD83D', '\uDE00',
  '\u0000', 'a\u0000b', '\uFEFF', '\u2028', '\u00a0', 'ＨＰＩ：', 'İ', 'ß', 'ﬁ',
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

const eol = fc.constantFrom('\n', '\r\n', '\r');

/** Random Markdown: lines made of note-like fragments and junk, with any line break. */
const randomMarkdown = fc
  .tuple(fc.array(fc.array(fragment, { maxLength: 5 }), { maxLength: 40 }), eol)
  .map(([lines, lineBreak]) => lines.map((parts) => parts.join(' ')).join(lineBreak));

/** A realistic note cut anywhere (mid-word, mid-heading, mid-CRLF, mid-surrogate-pair). */
const truncatedNote = fc
  .tuple(fc.constantFrom(...NOTES), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([note, at]) => note.slice(0, Math.floor(note.length * at)));

type Mutation = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'duplicate'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fragment }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat(200) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat(300) }),
) as fc.Arbitrary<Mutation>;

function mutate(text: string, mutations: readonly Mutation[]): string {
  let result = text;
  for (const m of mutations) {
    const at = Math.floor(m.at * result.length);
    if (m.kind === 'insert') result = result.slice(0, at) + m.text + result.slice(at);
    else if (m.kind === 'delete') result = result.slice(0, at) + result.slice(at + m.length);
    else result = result.slice(0, at + m.length) + result.slice(at, at + m.length) + result.slice(at + m.length);
  }
  return result;
}

/** A realistic note edited at random: insertions of fragments, deletions, duplicated passages, CRLF. */
const mutatedNote = fc
  .tuple(fc.constantFrom(...NOTES), fc.array(mutation, { minLength: 1, maxLength: 8 }), fc.boolean())
  .map(([note, mutations, crlf]) => mutate(crlf ? note.replace(/\r?\n/g, '\r\n') : note, mutations));

/** Huge lines: thousands of words (never one giant word: see the pending test below). */
const hugeLine = fc
  .tuple(fc.constantFrom(...NOTES), fc.constantFrom('denies fever, ', 'chest pain ', '😀 ', 'ab\u0000 ', 'x '), fc.integer({ min: 1000, max: 6000 }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([note, word, count, at]) => {
    const offset = Math.floor(note.length * at);
    return note.slice(0, offset) + word.repeat(count) + note.slice(offset);
  });

describe('checkNote properties', function () {
  this.timeout(60000 * SCALE);

  it('the generated notes themselves satisfy every property', () => {
    for (const note of NOTES) checkProperties(note);
  });

  it('random Markdown (unicode, astral, RTL, NUL, CR/CRLF)', () => {
    fc.assert(fc.property(randomMarkdown, (text) => checkProperties(text)), { numRuns: 300 * SCALE });
  });

  it('a valid note truncated at a random point', () => {
    fc.assert(fc.property(truncatedNote, (text) => checkProperties(text)), { numRuns: 200 * SCALE });
  });

  it('a valid note mutated at random', () => {
    fc.assert(fc.property(mutatedNote, (text) => checkProperties(text)), { numRuns: 200 * SCALE });
  });

  it('huge lines', () => {
    checkProperties(`## History\n\nHPI: ${'denies fever, chest pain 😀 '.repeat(4000)}\n`, { fixes: false });
    fc.assert(fc.property(hugeLine, (text) => checkProperties(text, { fixes: false })), { numRuns: 8 * SCALE });
  });

  it('a CRLF note over the length limit never gets a position between \\r and \\n (section-length cuts at 950)', () => {
    for (let pad = 0; pad < 12; pad++) {
      const text = `## History\r\n\r\nHPI: ${'a'.repeat(pad)}\r\n${'PMH: None.\r\n'.repeat(100)}\r\n## Physical Examination\r\n\r\nVS: BP 120/80\r\n`;
      checkProperties(text, { fixes: false });
    }
  });

  it('a 1 MB document, once', () => {
    const base = generateNote(0, 1).text;
    const text = base.repeat(Math.ceil((1 << 20) / base.length));
    checkProperties(text, { fixes: false });
    assert.ok(applySafeFixes(text).applied <= 50);
  });

  it('applySafeFixes terminates and leaves no safe fix it could still apply', () => {
    fc.assert(
      fc.property(fc.oneof(truncatedNote, mutatedNote), (text) => {
        const { text: fixed, applied } = applySafeFixes(text);
        assert.ok(applied <= 50);
        if (applied < 50) {
          const left = checkNote(fixed).findings.flatMap((finding) => finding.fixes).filter((fix) => fix.safe);
          for (const fix of left) assert.equal(applyFix(fixed, fix), fixed, `safe fix '${fix.title}' left unapplied`);
        }
      }),
      { numRuns: 60 * SCALE },
    );
  });

  // Fuzzy look-up generates deletions of a word (cubic in its length); words longer than any
  // vocabulary word are skipped, so one pasted 256 000-character word stays cheap (mocha's timeout bounds it).
  it('a single 256 000-character word is checked in bounded time', () => {
    const word = 'a'.repeat(128_000) + 'nausea'.repeat(21_333);
    checkProperties(`## History\nHPI: ${word} for 2 days.\n## Physical Examination\nVS: BP 120/80\n`, { fixes: false });
  });
});
