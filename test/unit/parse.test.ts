import assert from 'node:assert/strict';
import { fieldById, sectionById, type NoteModel } from '../../src/core/note/model';
import { parseNote } from '../../src/core/note/parse';
import type { Span } from '../../src/core/types';

const CANONICAL = `---
csnote: 1
complaint: chest-pain
---
## History
HPI: 45 yo M c/o substernal chest pressure x 2 h, radiating to L arm ...
ROS: denies fever, cough, leg swelling.
PMH: HTN, HLD.  Meds: lisinopril.  Allergies: NKDA.  SH: 1 ppd x 20 y.  FH: father MI at 52.
## Physical Examination
VS: BP 150/90, HR 98, RR 18, T 98.6 F, SpO2 97% RA.  Heart: RRR, no m/r/g. Lungs: CTAB.
## Data Interpretation
### 1. Acute coronary syndrome
- History: exertional substernal pressure radiating to L arm
- PE: diaphoresis
### 2. Pericarditis
- History: pleuritic pain
- PE: friction rub
## Diagnostic Studies
- ECG
- Troponin
`;

function slice(note: NoteModel, span: Span): string {
  return note.text.slice(span.start, span.end);
}

/** Every span of the model as text, in a stable order, for comparing two parses. */
function allSlices(note: NoteModel): string[] {
  const out: string[] = [];
  for (const section of note.sections) {
    out.push(section.id, section.title, slice(note, section.headingSpan), slice(note, section.span).replace(/\r\n/g, '\n'));
    for (const field of section.fields) out.push(field.id, field.label, slice(note, field.labelSpan), slice(note, field.span));
  }
  for (const dx of note.diagnoses) {
    out.push(String(dx.rank), dx.name, slice(note, dx.nameSpan), slice(note, dx.span).replace(/\r\n/g, '\n'));
    for (const line of dx.support) out.push(line.kind, slice(note, line.labelSpan), slice(note, line.span));
  }
  for (const study of note.studies) out.push(study.text, slice(note, study.span));
  return out;
}

describe('parseNote: canonical note', () => {
  const note = parseNote(CANONICAL);

  it('reads the front matter', () => {
    assert.ok(note.frontMatter);
    assert.equal(note.frontMatter.csnote, true);
    assert.equal(note.frontMatter.complaint, 'chest-pain');
    assert.deepEqual(note.frontMatter.fields, { csnote: '1', complaint: 'chest-pain' });
    assert.equal(slice(note, note.frontMatter.span), '---\ncsnote: 1\ncomplaint: chest-pain\n---\n');
  });

  it('finds the four sections with heading and body spans', () => {
    assert.deepEqual(note.sections.map((s) => [s.id, s.title, slice(note, s.headingSpan)]), [
      ['history', 'History', '## History'],
      ['exam', 'Physical Examination', '## Physical Examination'],
      ['ddx', 'Data Interpretation', '## Data Interpretation'],
      ['workup', 'Diagnostic Studies', '## Diagnostic Studies'],
    ]);
    const exam = sectionById(note, 'exam');
    assert.ok(exam);
    assert.equal(slice(note, exam.span), 'VS: BP 150/90, HR 98, RR 18, T 98.6 F, SpO2 97% RA.  Heart: RRR, no m/r/g. Lungs: CTAB.');
    const workup = sectionById(note, 'workup');
    assert.equal(workup && slice(note, workup.span), '- ECG\n- Troponin');
  });

  it('splits History fields, several on one line', () => {
    const history = sectionById(note, 'history');
    assert.ok(history);
    assert.deepEqual(history.fields.map((f) => [f.id, slice(note, f.labelSpan), slice(note, f.span)]), [
      ['hpi', 'HPI', '45 yo M c/o substernal chest pressure x 2 h, radiating to L arm ...'],
      ['ros', 'ROS', 'denies fever, cough, leg swelling.'],
      ['pmh', 'PMH', 'HTN, HLD.'],
      ['meds', 'Meds', 'lisinopril.'],
      ['allergies', 'Allergies', 'NKDA.'],
      ['sh', 'SH', '1 ppd x 20 y.'],
      ['fh', 'FH', 'father MI at 52.'],
    ]);
    for (const field of history.fields) assert.equal(field.label, slice(note, field.labelSpan));
  });

  it('splits exam fields: vitals and systems', () => {
    const exam = sectionById(note, 'exam');
    assert.ok(exam);
    assert.deepEqual(exam.fields.map((f) => [f.id, f.label, slice(note, f.span)]), [
      ['vitals', 'VS', 'BP 150/90, HR 98, RR 18, T 98.6 F, SpO2 97% RA.'],
      ['exam-system', 'Heart', 'RRR, no m/r/g.'],
      ['exam-system', 'Lungs', 'CTAB.'],
    ]);
  });

  it('reads diagnoses with support lines', () => {
    assert.deepEqual(note.diagnoses.map((d) => [d.rank, d.name, slice(note, d.nameSpan)]), [
      [1, 'Acute coronary syndrome', 'Acute coronary syndrome'],
      [2, 'Pericarditis', 'Pericarditis'],
    ]);
    const [acs, pericarditis] = note.diagnoses;
    assert.ok(acs && pericarditis);
    assert.equal(
      slice(note, acs.span),
      '### 1. Acute coronary syndrome\n- History: exertional substernal pressure radiating to L arm\n- PE: diaphoresis',
    );
    assert.deepEqual(acs.support.map((s) => [s.kind, slice(note, s.labelSpan), slice(note, s.span)]), [
      ['history', 'History', 'exertional substernal pressure radiating to L arm'],
      ['exam', 'PE', 'diaphoresis'],
    ]);
    assert.deepEqual(pericarditis.support.map((s) => slice(note, s.span)), ['pleuritic pain', 'friction rub']);
  });

  it('reads studies', () => {
    assert.deepEqual(note.studies.map((s) => [s.text, slice(note, s.span)]), [
      ['ECG', 'ECG'],
      ['Troponin', 'Troponin'],
    ]);
  });

  it('keeps fieldById working on the result', () => {
    assert.equal(slice(note, fieldById(note, 'meds')?.span ?? { start: 0, end: 0 }), 'lisinopril.');
  });
});

describe('parseNote: CRLF', () => {
  const lf = parseNote(CANONICAL);
  const crlf = parseNote(CANONICAL.replace(/\n/g, '\r\n'));

  it('gives the same slices as the LF note', () => {
    assert.deepEqual(allSlices(crlf), allSlices(lf));
  });

  it('never leaves a \\r at the end of a body', () => {
    const spans: Span[] = [
      ...crlf.sections.flatMap((s) => [s.span, ...s.fields.map((f) => f.span)]),
      ...crlf.diagnoses.flatMap((d) => [d.span, d.nameSpan, ...d.support.map((s) => s.span)]),
      ...crlf.studies.map((s) => s.span),
    ];
    for (const span of spans) assert.ok(!slice(crlf, span).endsWith('\r'), JSON.stringify(slice(crlf, span)));
  });

  it('reads a note that starts with a byte-order mark', () => {
    const note = parseNote('\uFEFF## History\nHPI: cough');
    assert.equal(note.sections[0]?.id, 'history');
    const bare = parseNote('\uFEFFHPI: cough');
    assert.equal(slice(bare, fieldById(bare, 'hpi')?.labelSpan ?? { start: 0, end: 0 }), 'HPI');
  });

  it('handles lone \\r line breaks', () => {
    const note = parseNote('HPI: cough\rROS: no fever\rPE:\rLungs: clear');
    assert.deepEqual(note.sections.map((s) => s.id), ['history', 'exam']);
    assert.equal(slice(note, fieldById(note, 'ros')?.span ?? { start: 0, end: 0 }), 'no fever');
    assert.equal(slice(note, fieldById(note, 'exam-system')?.span ?? { start: 0, end: 0 }), 'clear');
  });
});

describe('parseNote: front matter', () => {
  it('parses a note that is only front matter', () => {
    const note = parseNote('---\ncsnote: 1\ncomplaint: "abdominal-pain"\n---');
    assert.equal(note.frontMatter?.complaint, 'abdominal-pain');
    assert.deepEqual(note.sections, []);
    assert.deepEqual(note.frontMatter?.span, { start: 0, end: note.text.length });
  });

  it('unquotes values and ignores comments and junk lines', () => {
    const note = parseNote("---\ncomplaint: 'headache' \ntitle: Case 3 # practice\n: nothing\nnot a pair\n---\nHPI: x");
    assert.deepEqual(note.frontMatter?.fields, { complaint: 'headache', title: 'Case 3' });
    assert.equal(note.frontMatter?.csnote, false);
    assert.equal(fieldById(note, 'hpi') && slice(note, fieldById(note, 'hpi')?.span ?? { start: 0, end: 0 }), 'x');
  });

  it('treats an unclosed block as no front matter, and never pollutes prototypes', () => {
    assert.equal(parseNote('---\ncsnote: 1\nHPI: x').frontMatter, undefined);
    const note = parseNote('---\n__proto__: x\nconstructor: y\n---\n');
    assert.deepEqual(note.frontMatter?.fields, {});
    assert.equal(({} as Record<string, unknown>)['x'], undefined);
  });

  it('does not read front matter that is not at the very top', () => {
    assert.equal(parseNote('\n---\ncsnote: 1\n---\n').frontMatter, undefined);
  });

  it('reads an empty complaint as undefined', () => {
    assert.equal(parseNote('---\ncsnote:\ncomplaint:\n---\n').frontMatter?.complaint, undefined);
    assert.equal(parseNote('---\ncsnote:\n---\n').frontMatter?.csnote, true);
  });
});

describe('parseNote: never throws', () => {
  it('parses the empty string', () => {
    assert.deepEqual(parseNote(''), { text: '', frontMatter: undefined, sections: [], diagnoses: [], studies: [] });
  });

  it('survives random junk', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = '#-*:.,;()[] \n\r\t\u2013HPIROSPEDxhistory1)2.ab**_`>|\u0000\ud800';
    for (let round = 0; round < 200; round++) {
      let text = '';
      const length = Math.floor(random() * 400);
      for (let i = 0; i < length; i++) text += alphabet.charAt(Math.floor(random() * alphabet.length));
      const note = parseNote(text);
      assert.equal(note.text, text);
      for (const span of note.sections.map((s) => s.span)) assert.ok(span.start <= span.end && span.end <= text.length);
    }
  });

  it('survives binary-looking input', () => {
    let text = '';
    for (let i = 0; i < 5000; i++) text += String.fromCharCode((i * 7919) % 65536);
    assert.equal(parseNote(text).text, text);
  });

  it('parses 1 MB in reasonable time', () => {
    const big = CANONICAL + '\n'.concat('HPI: pain. PMH: none.  Heart: RRR.\n'.repeat(30_000)).slice(0, 1_000_000);
    const started = Date.now();
    const note = parseNote(big);
    assert.ok(Date.now() - started < 10_000);
    assert.equal(note.sections.length, 4);
    const oneLine = parseNote('HPI: ' + 'pain. '.repeat(170_000));
    assert.equal(oneLine.sections.length, 1);
  });

  it('returns an empty model for a non-string at runtime', () => {
    assert.equal(parseNote(undefined as unknown as string).text, '');
  });
});

describe('parseNote: unlabelled first paragraph', () => {
  const text = (note: NoteModel, span: Span | undefined): string | undefined => (span ? note.text.slice(span.start, span.end) : undefined);

  it('is the HPI of the History that the first history label implies', () => {
    const note = parseNote('45 yo M with chest pain x2d, worse w/ exertion.\nAssoc SOB.\nROS - no fever, no cough\nPE: Lungs CTAB.\n');
    assert.deepEqual(note.sections.map((section) => section.id), ['history', 'exam']);
    const hpi = fieldById(note, 'hpi');
    assert.equal(text(note, hpi?.span), '45 yo M with chest pain x2d, worse w/ exertion.\nAssoc SOB.');
    assert.equal(hpi?.label, '');
    assert.equal(text(note, fieldById(note, 'ros')?.span), 'no fever, no cough');
    assert.equal(text(note, sectionById(note, 'history')?.span), '45 yo M with chest pain x2d, worse w/ exertion.\nAssoc SOB.\nROS - no fever, no cough');
  });

  it('is a History of its own before an exam label', () => {
    const note = parseNote('45 yo M with chest pain x2d.\n\nPE: Lungs CTAB.\n');
    assert.deepEqual(note.sections.map((section) => section.id), ['history', 'exam']);
    assert.equal(text(note, fieldById(note, 'hpi')?.span), '45 yo M with chest pain x2d.');
  });

  it('is left out before an explicit History heading, and a note with no labels has no sections', () => {
    const titled = parseNote('Practice note 3\n## History\nHPI: chest pain.\n');
    assert.equal(text(titled, fieldById(titled, 'hpi')?.span), 'chest pain.');
    assert.deepEqual(parseNote('45 yo M with chest pain x2d.\n').sections, []);
  });
});
