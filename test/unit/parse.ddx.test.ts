import assert from 'node:assert/strict';
import type { NoteModel } from '../../src/core/note/model';
import { parseNote } from '../../src/core/note/parse';
import { buildTemplate } from '../../src/features/template/buildTemplate';
import type { Span } from '../../src/core/types';

function slice(note: NoteModel, span: Span): string {
  return note.text.slice(span.start, span.end);
}

type Summary = Array<[number, string, Array<[string, string, string]>]>;

function summary(note: NoteModel): Summary {
  return note.diagnoses.map((dx) => {
    assert.equal(slice(note, dx.nameSpan), dx.name);
    return [dx.rank, dx.name, dx.support.map((s) => [s.kind, slice(note, s.labelSpan), slice(note, s.span)])];
  });
}

const EXPECTED: Summary = [
  [1, 'Migraine', [['history', 'History', 'unilateral throbbing'], ['exam', 'PE', 'normal neuro exam']]],
  [2, 'Tension headache', [['history', 'Hx', 'band-like'], ['exam', 'Exam', 'tender neck muscles']]],
];

const STYLES: ReadonlyArray<readonly [string, string]> = [
  ['### headings', '### 1. Migraine\n- History: unilateral throbbing\n- PE: normal neuro exam\n### 2. Tension headache\n- Hx: band-like\n- Exam: tender neck muscles'],
  ['"1." lines', '1. Migraine\nHistory: unilateral throbbing\nPE: normal neuro exam\n2. Tension headache\nHx: band-like\nExam: tender neck muscles'],
  ['"1)" lines', '1) Migraine\n   History: unilateral throbbing\n   PE: normal neuro exam\n2) Tension headache\n   Hx: band-like\n   Exam: tender neck muscles'],
  ['bullets with nested support', '- Migraine\n  - History: unilateral throbbing\n  - PE: normal neuro exam\n- Tension headache\n  - Hx: band-like\n  - Exam: tender neck muscles'],
  ['"Dx 1:" lines', 'Dx 1: Migraine\nHistory - unilateral throbbing\nPE - normal neuro exam\nDx 2: Tension headache\nHx - band-like\nExam - tender neck muscles'],
  ['"#1" lines', '#1 Migraine\nHistory: unilateral throbbing\nPE: normal neuro exam\n#2 Tension headache\nHx: band-like\nExam: tender neck muscles'],
  ['bold names', '**Migraine**\n**History:** unilateral throbbing\n**PE:** normal neuro exam\n**Tension headache**\n**Hx:** band-like\n**Exam:** tender neck muscles'],
  ['plain names', 'Migraine\nHistory: unilateral throbbing\nPE: normal neuro exam\n\nTension headache\nHx: band-like\nExam: tender neck muscles'],
];

describe('parseNote: diagnoses', () => {
  it('reads support labels that open with "Supporting" or a bold marker, in either letter case', () => {
    const body = '1. Migraine\nSupporting history: unilateral throbbing\n__supporting PE findings__: normal neuro exam\n2. Tension headache\n**SUPPORTING HX:** band-like\nsupporting exam - tender neck muscles';
    const note = parseNote(`## Data Interpretation\n${body}\n`);
    assert.deepEqual(summary(note), [
      [1, 'Migraine', [['history', 'Supporting history', 'unilateral throbbing'], ['exam', 'supporting PE findings', 'normal neuro exam']]],
      [2, 'Tension headache', [['history', 'SUPPORTING HX', 'band-like'], ['exam', 'supporting exam', 'tender neck muscles']]],
    ]);
  });

  for (const [style, body] of STYLES) {
    it(`reads ${style}`, () => {
      const note = parseNote(`## Data Interpretation\n${body}\n## Diagnostic Studies\n- CT head\n`);
      assert.deepEqual(summary(note), EXPECTED);
      assert.deepEqual(note.studies.map((s) => s.text), ['CT head']);
      const first = note.diagnoses[0];
      assert.ok(first);
      assert.ok(slice(note, first.span).endsWith('normal neuro exam'));
    });
    it(`reads ${style} with CRLF`, () => {
      const note = parseNote(`## Data Interpretation\r\n${body.replace(/\n/g, '\r\n')}\r\n## Diagnostic Studies\r\n- CT head\r\n`);
      assert.deepEqual(summary(note), EXPECTED);
    });
  }

  it('reads support labels in every spelling', () => {
    const labels: ReadonlyArray<readonly [string, 'history' | 'exam']> = [
      ['History:', 'history'],
      ['Hx:', 'history'],
      ['Hist -', 'history'],
      ['HPI:', 'history'],
      ['History findings:', 'history'],
      ['PE:', 'exam'],
      ['Exam:', 'exam'],
      ['Physical exam:', 'exam'],
      ['PE findings:', 'exam'],
      ['Physical Examination -', 'exam'],
    ];
    for (const [label, kind] of labels) {
      const note = parseNote(`DDx:\n1. Asthma\n${label} wheeze`);
      const support = note.diagnoses[0]?.support[0];
      assert.ok(support, label);
      assert.equal(support.kind, kind, label);
      assert.equal(slice(note, support.span), 'wheeze', label);
    }
  });

  it('takes the written number as rank, else the order', () => {
    const note = parseNote('## DDx\n2. Pneumonia\n3. Bronchitis\n\n## Workup\n- CXR');
    assert.deepEqual(note.diagnoses.map((d) => [d.rank, d.name]), [[2, 'Pneumonia'], [3, 'Bronchitis']]);
    const bullets = parseNote('Assessment\n- Pneumonia\n- Bronchitis');
    assert.deepEqual(bullets.diagnoses.map((d) => [d.rank, d.name]), [[1, 'Pneumonia'], [2, 'Bronchitis']]);
  });

  it('names an inline diagnosis before " - " or ":" and reads the rest of the line as History support', () => {
    const note = parseNote('DDx:\n1. ACS - exertional CP, diaphoresis\n2. Pericarditis: pleuritic pain\n3) Non-ST elevation MI');
    assert.deepEqual(summary(note), [
      [1, 'ACS', [['history', '-', 'exertional CP, diaphoresis']]],
      [2, 'Pericarditis', [['history', ':', 'pleuritic pain']]],
      [3, 'Non-ST elevation MI', []],
    ]);
    assert.equal(slice(note, note.diagnoses[0]?.span ?? { start: 0, end: 0 }), '1. ACS - exertional CP, diaphoresis');
  });

  it('inline support runs to the first label on the line and never swallows the next plain name', () => {
    const labelled = parseNote('DDx:\n1. Influenza - fever, myalgias; PE: T 101.5\n**2. Pneumonia** - productive cough\n3. Sinusitis -\n');
    assert.deepEqual(summary(labelled), [
      [1, 'Influenza', [['history', '-', 'fever, myalgias'], ['exam', 'PE', 'T 101.5']]],
      [2, 'Pneumonia', [['history', '-', 'productive cough']]],
      [3, 'Sinusitis', []],
    ]);
    const plain = parseNote('DDx:\nGERD - burning after meals\nPeptic ulcer - NSAID use\nGastritis\n');
    assert.deepEqual(summary(plain), [
      [1, 'GERD', [['history', '-', 'burning after meals']]],
      [2, 'Peptic ulcer', [['history', '-', 'NSAID use']]],
      [3, 'Gastritis', []],
    ]);
  });

  it('reads labelled support on the name line and several labels on one support line', () => {
    const note = parseNote('DDx:\n1. ACS - Hx: exertional pain; PE: diaphoresis\n2. Pericarditis. History: pleuritic pain\n3. GERD\n- History: burning.  PE: epigastric tenderness');
    assert.deepEqual(summary(note), [
      [1, 'ACS', [['history', 'Hx', 'exertional pain'], ['exam', 'PE', 'diaphoresis']]],
      [2, 'Pericarditis', [['history', 'History', 'pleuritic pain']]],
      [3, 'GERD', [['history', 'History', 'burning.'], ['exam', 'PE', 'epigastric tenderness']]],
    ]);
  });

  it('reads support whose findings are sub-bullets', () => {
    const note = parseNote('## DDx\n### 1. Cholecystitis\n- History:\n  - RUQ pain after fatty meals\n  - fever\n- PE:\n  - Murphy sign\n');
    assert.deepEqual(summary(note), [
      [1, 'Cholecystitis', [
        ['history', 'History', '- RUQ pain after fatty meals\n  - fever'],
        ['exam', 'PE', '- Murphy sign'],
      ]],
    ]);
  });

  it('does not start a new section at "History:" or "Physical exam:" under a diagnosis', () => {
    const note = parseNote('## Data Interpretation\n1. GERD\nHistory: burning\nPhysical exam: epigastric tenderness\n## Diagnostic Studies\nEGD');
    assert.deepEqual(note.sections.map((s) => s.id), ['ddx', 'workup']);
    assert.equal(note.diagnoses[0]?.support.length, 2);
  });

  it('lets a heading as high as the DDx heading start a new section', () => {
    const note = parseNote('## DDx\n1. GERD\n## History\nHPI: burning');
    assert.deepEqual(note.sections.map((s) => s.id), ['ddx', 'history']);
  });

  it('ignores support lines before any diagnosis', () => {
    const note = parseNote('DDx:\nHistory: nothing yet\n1. GERD');
    assert.deepEqual(summary(note), [[1, 'GERD', []]]);
  });
});

describe('parseNote: studies', () => {
  function studies(body: string): Array<[string, string]> {
    const note = parseNote(`## Diagnostic Studies\n${body}`);
    return note.studies.map((s) => [s.text, slice(note, s.span)]);
  }

  it('reads list items and numbered items, stripping markers and trailing punctuation', () => {
    assert.deepEqual(studies('- ECG.\n* Troponin\n+ CXR;\n1. CBC\n2) BMP,\n\u2022 Lipase'), [
      ['ECG', 'ECG'],
      ['Troponin', 'Troponin'],
      ['CXR', 'CXR'],
      ['CBC', 'CBC'],
      ['BMP', 'BMP'],
      ['Lipase', 'Lipase'],
    ]);
  });

  it('splits comma and semicolon lines with exact spans', () => {
    const note = parseNote('Workup: ECG, troponin;  CXR (PA, lateral).\nUrine hCG , , CBC with diff');
    assert.deepEqual(note.studies.map((s) => [s.text, slice(note, s.span)]), [
      ['ECG', 'ECG'],
      ['troponin', 'troponin'],
      ['CXR (PA, lateral)', 'CXR (PA, lateral)'],
      ['Urine hCG', 'Urine hCG'],
      ['CBC with diff', 'CBC with diff'],
    ]);
  });

  it('drops category labels and skips empty lines', () => {
    assert.deepEqual(studies('Labs: CBC, BMP\n\nImaging:\n- CT abdomen\n**ECG**'), [
      ['CBC', 'CBC'],
      ['BMP', 'BMP'],
      ['CT abdomen', 'CT abdomen'],
      ['ECG', 'ECG'],
    ]);
  });

  it('keeps the rest of a study line whole', () => {
    assert.deepEqual(studies('ECG: look for ST changes'), [['ECG: look for ST changes', 'ECG: look for ST changes']]);
  });

  it('gives the same studies for CRLF', () => {
    assert.deepEqual(studies('- ECG\r\n- Troponin, CK-MB\r\n'), [
      ['ECG', 'ECG'],
      ['Troponin', 'Troponin'],
      ['CK-MB', 'CK-MB'],
    ]);
  });
});

describe('parseNote: the note template', () => {
  const complaint = { id: 'chest-pain', label: 'Chest pain', rosSystems: ['cardiovascular'] };
  const date = new Date(2026, 0, 2);

  for (const eol of ['\n', '\r\n']) {
    it(`reads the empty template (${JSON.stringify(eol)}) as four sections with empty fields`, () => {
      const { text } = buildTemplate(complaint, date, eol);
      const note = parseNote(text);
      assert.equal(note.frontMatter?.complaint, 'chest-pain');
      assert.deepEqual(note.sections.map((s) => s.id), ['history', 'exam', 'ddx', 'workup']);
      const history = note.sections[0];
      assert.deepEqual(history?.fields.map((f) => f.id), ['hpi', 'ros', 'pmh', 'meds', 'allergies', 'psh', 'sh', 'fh']);
      assert.ok(history?.fields.every((f) => f.span.start === f.span.end));
      assert.deepEqual(note.sections[1]?.fields.map((f) => [f.id, f.label]), [
        ['vitals', 'VS'],
        ['general', 'General'],
        ['exam-system', 'Heart'],
        ['exam-system', 'Lungs'],
      ]);
      assert.deepEqual(note.diagnoses, []);
      assert.deepEqual(note.studies, []);
    });
  }

  it('reads a filled-in template', () => {
    const { text } = buildTemplate(complaint, date);
    const filled = text
      .replace('HPI: ', 'HPI: chest pressure x 2 h')
      .replace('### 1. ', '### 1. Acute coronary syndrome')
      .replace('- History: ', '- History: exertional pressure')
      .replace('### 2.', '### 2.')
      .replace(/- $/m, '- ECG\n- Troponin');
    const note = parseNote(filled);
    assert.deepEqual(summary(note), [[1, 'Acute coronary syndrome', [['history', 'History', 'exertional pressure'], ['exam', 'PE', '']]]]);
    assert.deepEqual(note.studies.map((s) => s.text), ['ECG', 'Troponin']);
  });

  it('ignores an unnamed diagnosis slot even without its trailing space', () => {
    const note = parseNote('## Data Interpretation\n### 1.\n- History:\n### 2\n- PE:\n');
    assert.deepEqual(note.diagnoses, []);
  });
});
