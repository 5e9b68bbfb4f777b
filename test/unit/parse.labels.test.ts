import assert from 'node:assert/strict';
import type { FieldId, NoteModel, SectionId } from '../../src/core/note/model';
import { checkNote } from '../../src/core/check/checkNote';
import { parseNote } from '../../src/core/note/parse';
import type { Span } from '../../src/core/types';

function slice(note: NoteModel, span: Span): string {
  return note.text.slice(span.start, span.end);
}

const SECTION_LABELS: ReadonlyArray<readonly [string, SectionId, string]> = [
  ['## History', 'history', 'History'],
  ['# HISTORY', 'history', 'HISTORY'],
  ['###### history', 'history', 'history'],
  ['History:', 'history', 'History'],
  ['HISTORY', 'history', 'HISTORY'],
  ['Hx', 'history', 'Hx'],
  ['**History:**', 'history', 'History'],
  ['**History**:', 'history', 'History'],
  ['History -', 'history', 'History'],
  ['History \u2013', 'history', 'History'],
  ['Physical Exam:', 'exam', 'Physical Exam'],
  ['Physical Examination', 'exam', 'Physical Examination'],
  ['PE:', 'exam', 'PE'],
  ['Exam', 'exam', 'Exam'],
  ['### PHYSICAL EXAM', 'exam', 'PHYSICAL EXAM'],
  ['Data Interpretation', 'ddx', 'Data Interpretation'],
  ['DDx:', 'ddx', 'DDx'],
  ['Differential Diagnosis', 'ddx', 'Differential Diagnosis'],
  ['Assessment', 'ddx', 'Assessment'],
  ['Diagnoses:', 'ddx', 'Diagnoses'],
  ['Diagnostic Studies:', 'workup', 'Diagnostic Studies'],
  ['Workup:', 'workup', 'Workup'],
  ['Work-up', 'workup', 'Work-up'],
  ['Work up:', 'workup', 'Work up'],
  ['Plan', 'workup', 'Plan'],
  ['Studies', 'workup', 'Studies'],
  ['Tests:', 'workup', 'Tests'],
  ['History\n=======', 'history', 'History'],
  ['## History ##', 'history', 'History'],
  ['  Physical exam :', 'exam', 'Physical exam'],
];

describe('parseNote: section labels', () => {
  for (const [heading, id, title] of SECTION_LABELS) {
    it(`reads ${JSON.stringify(heading)} as ${id}`, () => {
      const note = parseNote(`${heading}\nbody text\n`);
      assert.equal(note.sections.length, 1);
      const section = note.sections[0];
      assert.ok(section);
      assert.equal(section.id, id);
      assert.equal(section.title, title);
      // The heading as typed: its first line, without indentation or closing hashes.
      assert.equal(slice(note, section.headingSpan), heading.split('\n')[0]?.trim().replace(/\s+#+$/, ''));
      assert.equal(slice(note, section.span), 'body text');
    });
  }

  it('reads a section label with content on the same line', () => {
    const note = parseNote('History: 30 yo F with headache\nExam - normal\nPlan: CT head, LP');
    assert.deepEqual(note.sections.map((s) => [s.id, slice(note, s.span)]), [
      ['history', '30 yo F with headache'],
      ['exam', 'normal'],
      ['workup', 'CT head, LP'],
    ]);
    assert.deepEqual(note.studies.map((s) => s.text), ['CT head', 'LP']);
  });

  it('reads "Plan:" inside a History as the patient\'s plan, and after the exam as the workup', () => {
    const note = parseNote('## History\nHPI: 45M with suicidal thoughts.\nPlan: has thought about a gun.\nPE: calm\nPlan: TSH, UDS\n');
    assert.deepEqual(note.sections.map((s) => s.id), ['history', 'exam', 'workup']);
    assert.ok(slice(note, note.sections[0]?.span ?? { start: 0, end: 0 }).includes('thought about a gun'));
    assert.deepEqual(note.studies.map((s) => s.text), ['TSH', 'UDS']);
  });

  it('does not take words inside sentences for labels', () => {
    const note = parseNote('## History\nHPI: Exam was done before. History of asthma. Plan to travel.\n');
    assert.equal(note.sections.length, 1);
    assert.equal(note.sections[0]?.fields.length, 1);
  });
});

const HISTORY_LABELS: ReadonlyArray<readonly [string, FieldId]> = [
  ['HPI', 'hpi'],
  ['CC', 'hpi'],
  ['Chief complaint', 'hpi'],
  ['History of present illness', 'hpi'],
  ['ROS', 'ros'],
  ['Review of systems', 'ros'],
  ['PMH', 'pmh'],
  ['Past medical history', 'pmh'],
  ['PMHx', 'pmh'],
  ['PSH', 'psh'],
  ['PSurgHx', 'psh'],
  ['Past surgical history', 'psh'],
  ['Meds', 'meds'],
  ['Medications', 'meds'],
  ['Allergies', 'allergies'],
  ['SH', 'sh'],
  ['Social history', 'sh'],
  ['Social', 'sh'],
  ['Personal/Social Hx', 'sh'],
  ['Personal and social history', 'sh'],
  ['FH', 'fh'],
  ['FHx', 'fh'],
  ['Family history', 'fh'],
  ['OB', 'obgyn'],
  ['GYN', 'obgyn'],
  ['Ob-Gyn', 'obgyn'],
  ['OB/GYN', 'obgyn'],
  ['Menstrual', 'obgyn'],
  ['LMP', 'obgyn'],
  ['Sexual history', 'sexual'],
  ['Sexual', 'sexual'],
  ['SexHx', 'sexual'],
  // Shorthand examinees write (NBME's palpitations notes): without it the field before ran on.
  ['PMH/PSH', 'pmh'],
  ['PMH/PSH/Allergies', 'pmh'],
  ['PsxH', 'psh'],
  ['Surg hx', 'psh'],
  ['Surg', 'psh'],
  ['Med', 'meds'],
  ['All', 'allergies'],
  ['FMH', 'fh'],
  ['FmHx', 'fh'],
  ['FamHx', 'fh'],
  ['Fam', 'fh'],
  ['Family', 'fh'],
  ['Sex', 'sexual'],
  ['Occupation', 'sh'],
  ['Immunizations', 'other-history'],
  ['Birth history', 'other-history'],
  ['Development', 'other-history'],
  ['Hospitalizations', 'other-history'],
];

const SEPARATORS: ReadonlyArray<(label: string) => string> = [
  (label) => `${label}: `,
  (label) => `${label.toUpperCase()}:`,
  (label) => `${label.toLowerCase()} - `,
  (label) => `${label} \u2013 `,
  (label) => `**${label}:** `,
  (label) => `**${label}**: `,
  (label) => `- ${label}: `,
];

describe('parseNote: History field labels', () => {
  for (const [label, id] of HISTORY_LABELS) {
    it(`reads ${label} as ${id} with every separator`, () => {
      for (const written of SEPARATORS) {
        const line = written(label);
        const note = parseNote(`## History\n${line}some finding.\n`);
        const field = note.sections[0]?.fields[0];
        assert.ok(field, line);
        assert.equal(field.id, id, line);
        assert.equal(field.label.toLowerCase(), label.toLowerCase(), line);
        assert.equal(slice(note, field.labelSpan), field.label);
        assert.equal(slice(note, field.span), 'some finding.', line);
      }
    });
  }

  it('reads field labels written as sub-headings', () => {
    const note = parseNote('## History\n### HPI\ncough x 3 d\n### Social history\nnonsmoker\n');
    const fields = note.sections[0]?.fields ?? [];
    assert.deepEqual(fields.map((f) => [f.id, f.label, slice(note, f.span)]), [
      ['hpi', 'HPI', 'cough x 3 d'],
      ['sh', 'Social history', 'nonsmoker'],
    ]);
  });

  it('reads NKDA alone as the allergy history', () => {
    const note = parseNote('## History\nMeds: none. NKDA.\n');
    const fields = note.sections[0]?.fields ?? [];
    assert.deepEqual(fields.map((f) => [f.id, f.label, slice(note, f.span)]), [
      ['meds', 'Meds', 'none.'],
      ['allergies', 'NKDA', 'NKDA'],
    ]);
  });

  it('finds mid-line labels on bullet lines, after a spaced dash and as NKDA with no separator', () => {
    const note = parseNote('## History\n- HPI: cough x 2 days. Meds \u2014 none\n- wheezing.  NKDA\n- SH - smokes.  FH \u2013 asthma\n');
    const fields = note.sections[0]?.fields ?? [];
    assert.deepEqual(fields.map((f) => [f.id, slice(note, f.span)]), [
      ['hpi', 'cough x 2 days.'],
      ['meds', 'none\n- wheezing.'],
      ['allergies', 'NKDA'],
      ['sh', 'smokes.'],
      ['fh', 'asthma'],
    ]);
  });

  it('reads the social and other history labels examinees use after the family history', () => {
    const text = '## History\nHPI: heart pounding.\nFH: father with MI.\nSSH: no tobacco, 3-4 beers on weekends.\nSocial/sexual: one partner.\nSocHx: student.\nSurgical hx: none.\nMed hx: none.\nDrug allergies: none.\n';
    const note = parseNote(text);
    assert.deepEqual((note.sections[0]?.fields ?? []).map((f) => f.id), ['hpi', 'fh', 'sh', 'sh', 'sh', 'psh', 'pmh', 'allergies']);
    // Run into the family history, the social history had been dropped as a relative's.
    assert.ok(checkNote(text).analysis.history.some((m) => m.concept === 'alcohol-use' && m.polarity === 'affirmed'));
  });

  it('reads "Soc:" and "Fam History:" as the social and family history', () => {
    const note = parseNote('## History\nHPI: heart pounding.\nSoc: no smoking, 3-4 drinks on weekends.\nFam History: father with MI.\n');
    assert.deepEqual((note.sections[0]?.fields ?? []).map((f) => [f.id, f.label]), [['hpi', 'HPI'], ['sh', 'Soc'], ['fh', 'Fam History']]);
  });

  it('ends an NKDA field at the word: what follows it is no allergy', () => {
    const text = "## History\nHPI: 17M with heart pounding.\nNKDA, takes his roommate's Adderall pills.\nDrinks 3 cups of coffee a day.\n";
    const note = parseNote(text);
    const fields = note.sections[0]?.fields ?? [];
    assert.deepEqual(fields.map((f) => [f.id, slice(note, f.span)]), [
      ['hpi', '17M with heart pounding.'],
      ['allergies', 'NKDA'],
    ]);
    // Findings after it are the patient's, no longer dropped as an allergy's reaction.
    const concepts = checkNote(text).analysis.history.map((m) => `${m.concept}:${m.polarity[0]}`);
    assert.ok(concepts.includes('stimulant-use:a') && concepts.includes('caffeine-use:a'), concepts.join(' '));
  });

  it('runs a field over several lines up to the next label or section', () => {
    const note = parseNote('## History\nHPI:\n  onset 2 h ago\n  8/10\n\nROS: negative\n## Exam\nGen: NAD');
    const [hpi, ros] = note.sections[0]?.fields ?? [];
    assert.ok(hpi && ros);
    assert.equal(slice(note, hpi.span), 'onset 2 h ago\n  8/10');
    assert.equal(slice(note, ros.span), 'negative');
  });

  it('gives an empty field an empty span right after its label', () => {
    const note = parseNote('## History\nROS:\nPMH: none');
    const ros = note.sections[0]?.fields[0];
    assert.ok(ros);
    assert.equal(ros.span.start, ros.span.end);
    assert.equal(ros.span.start, note.text.indexOf('ROS:') + 4);
  });

  it('keeps colons inside a field body that follow no sentence end', () => {
    const note = parseNote('## History\nROS: Constitutional: no fever\n');
    const fields = note.sections[0]?.fields ?? [];
    assert.equal(fields.length, 1);
    assert.equal(slice(note, fields[0]?.span ?? { start: 0, end: 0 }), 'Constitutional: no fever');
  });
});

describe('parseNote: exam field labels', () => {
  const cases: ReadonlyArray<readonly [string, FieldId]> = [
    ['VS', 'vitals'],
    ['Vitals', 'vitals'],
    ['Vital signs', 'vitals'],
    ['General', 'general'],
    ['Gen', 'general'],
    ['Appearance', 'general'],
    ['Heart', 'exam-system'],
    ['Lungs', 'exam-system'],
    ['Abd', 'exam-system'],
    ['Neuro', 'exam-system'],
    ['HEENT', 'exam-system'],
    ['Ext', 'exam-system'],
    ['Skin', 'exam-system'],
    ['CV', 'exam-system'],
    ['Resp', 'exam-system'],
    ['MSK', 'exam-system'],
    ['Mental status', 'exam-system'],
  ];
  for (const [label, id] of cases) {
    it(`reads ${label} as ${id}`, () => {
      const note = parseNote(`## Physical Exam\n${label}: within normal limits.\n**${label}** - ok`);
      const fields = note.sections[0]?.fields ?? [];
      assert.deepEqual(fields.map((f) => [f.id, f.label, slice(note, f.span)]), [
        [id, label, 'within normal limits.'],
        [id, label, 'ok'],
      ]);
    });
  }

  it('keeps vital sign labels inside the vitals', () => {
    const note = parseNote('PE:\nVS: BP: 120/80. HR: 80. T: 37 C\nHeart: RRR');
    const fields = note.sections[0]?.fields ?? [];
    assert.deepEqual(fields.map((f) => [f.id, slice(note, f.span)]), [
      ['vitals', 'BP: 120/80. HR: 80. T: 37 C'],
      ['exam-system', 'RRR'],
    ]);
  });
});

describe('parseNote: plain-text note without headings or front matter', () => {
  const text = [
    'CC: chest pain',
    'HPI - 45 yo M with chest pressure x 2 h.',
    '**ROS:** no fever. Past medical history: HTN',
    'PSurgHx: appendectomy. Medications - none. Social history: smoker',
    'FHx: MI.  Sexual Hx: monogamous.',
    'Vitals: BP 150/90, HR 98. Gen: anxious',
    'CV - RRR',
    'Abd: soft. HEENT: normal',
    'Diagnoses:',
    '1. ACS',
    'Hx: exertional pain',
    'PE: diaphoresis',
    'Workup: ECG, troponin',
  ].join('\n');
  const note = parseNote(text);

  it('implies History at the first field and Exam at the vitals', () => {
    assert.equal(note.frontMatter, undefined);
    assert.deepEqual(note.sections.map((s) => [s.id, s.title]), [
      ['history', ''],
      ['exam', ''],
      ['ddx', 'Diagnoses'],
      ['workup', 'Workup'],
    ]);
    const [history, exam] = note.sections;
    assert.ok(history && exam);
    assert.deepEqual(history.headingSpan, { start: 0, end: 0 });
    assert.equal(exam.headingSpan.start, text.indexOf('Vitals'));
    assert.equal(exam.headingSpan.end, exam.headingSpan.start);
  });

  it('reads every field with exact spans', () => {
    const fields = note.sections.flatMap((s) => s.fields.map((f) => [f.id, slice(note, f.labelSpan), slice(note, f.span)]));
    assert.deepEqual(fields, [
      ['hpi', 'CC', 'chest pain'],
      ['hpi', 'HPI', '45 yo M with chest pressure x 2 h.'],
      ['ros', 'ROS', 'no fever.'],
      ['pmh', 'Past medical history', 'HTN'],
      ['psh', 'PSurgHx', 'appendectomy.'],
      ['meds', 'Medications', 'none.'],
      ['sh', 'Social history', 'smoker'],
      ['fh', 'FHx', 'MI.'],
      ['sexual', 'Sexual Hx', 'monogamous.'],
      ['vitals', 'Vitals', 'BP 150/90, HR 98.'],
      ['general', 'Gen', 'anxious'],
      ['exam-system', 'CV', 'RRR'],
      ['exam-system', 'Abd', 'soft.'],
      ['exam-system', 'HEENT', 'normal'],
    ]);
  });

  it('reads the diagnosis and studies after plain labels', () => {
    assert.deepEqual(note.diagnoses.map((d) => [d.rank, d.name, d.support.map((s) => [s.kind, slice(note, s.span)])]), [
      [1, 'ACS', [['history', 'exertional pain'], ['exam', 'diaphoresis']]],
    ]);
    assert.deepEqual(note.studies.map((s) => slice(note, s.span)), ['ECG', 'troponin']);
  });

  it('starts Exam at a top-level PE: label', () => {
    const parsed = parseNote('HPI: cough\nPE: Lungs: crackles');
    assert.deepEqual(parsed.sections.map((s) => [s.id, slice(parsed, s.headingSpan)]), [
      ['history', ''],
      ['exam', 'PE:'],
    ]);
    const lungs = parsed.sections[1]?.fields[0];
    assert.equal(lungs && slice(parsed, lungs.span), 'crackles');
  });

  it('leaves a note with no labels at all without sections', () => {
    assert.deepEqual(parseNote('45 yo M with chest pain for 2 hours.').sections, []);
  });
});
