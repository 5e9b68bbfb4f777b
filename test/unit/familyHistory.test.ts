import { strict as assert } from 'node:assert';
import { checkNote } from '../../src/core/check/checkNote';
import { builtinKnowledge } from '../../src/core/clinical/data/index';
import { findMentions } from '../../src/core/clinical/matcher';
import { compileLexicon } from '../../src/core/clinical/compiledLexicon';
import type { FindingConcept } from '../../src/core/clinical/types';

const findings: FindingConcept[] = [
  { id: 'family-history-mi', label: 'family history of MI', kind: 'risk-factor', synonyms: ['family history of mi'], familyConditions: ['mi', 'heart attack', 'myocardial infarction'] },
  { id: 'family-history-thyroid', label: 'family history of thyroid disease', kind: 'risk-factor', synonyms: ['family history of thyroid disease'], familyConditions: ['thyroid disease', 'thyroid'] },
  { id: 'fever', label: 'fever', kind: 'symptom', synonyms: ['fever'] },
  { id: 'thyroid-symptoms', label: 'thyroid symptoms', kind: 'symptom', synonyms: ['thyroid problem', 'thyroid disease'] },
];
const lexicon = compileLexicon(findings);

function family(text: string): string[] {
  return findMentions(text, lexicon)
    .filter((mention) => mention.concept.startsWith('family-history'))
    .map((mention) => `${mention.concept}:${mention.polarity}:${text.slice(mention.span.start, mention.span.end)}`);
}

describe('family history: a relative and a condition in one clause', () => {
  const cases: Array<[string, string[]]> = [
    ['FH: father had a heart attack at 52, mother has thyroid disease.', ['family-history-mi:affirmed:heart attack', 'family-history-thyroid:affirmed:thyroid disease']],
    ['Myocardial infarction in his dad.', ['family-history-mi:affirmed:Myocardial infarction']],
    ['FHx: thyroid (mom)', ['family-history-thyroid:affirmed:thyroid']],
    ['Denies family history of MI.', ['family-history-mi:negated:family history of MI']],
    ['No FH of heart attack', ['family-history-mi:negated:heart attack']],
    ['Grandmother w/ heart-attack', ['family-history-mi:affirmed:heart-attack']],
    ['Father with an MI at 50 and a second MI at 60', ['family-history-mi:affirmed:MI', 'family-history-mi:affirmed:MI']],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => assert.deepEqual(family(text), expected));
  }

  it('needs the relative in the same clause', () => {
    assert.deepEqual(family('His father brought him in. He had an MI last year.'), []);
    assert.deepEqual(family('Patient has thyroid disease; mother is healthy.'), []);
  });

  it('leaves other concepts and their polarity alone', () => {
    const mentions = findMentions('Mother with MI. Denies fever.', lexicon);
    assert.deepEqual(mentions.map((m) => `${m.concept}:${m.polarity}`), ['family-history-mi:affirmed', 'fever:negated']);
  });

  it("gives the relative's condition to the relative, not to the patient", () => {
    const concepts = (text: string): string[] => findMentions(text, lexicon).map((m) => `${m.concept}:${m.polarity}`);
    assert.deepEqual(concepts('Mom has a thyroid problem.'), ['family-history-thyroid:affirmed']);
    assert.deepEqual(concepts('He has a thyroid problem. Mother is healthy.'), ['thyroid-symptoms:affirmed']);
  });
});

describe('family history field: what it names belongs to the relatives', () => {
  it('keeps family-history concepts and drops the patient findings it names', () => {
    const note = ['## History', 'HPI: 50 yo M with chest pain for 2 hours.', 'PMH: none.', 'FH: mother with hypertension and diabetes, father died suddenly at 50.', 'SH: smokes 1 ppd.'].join('\n');
    const concepts = checkNote(note).analysis.history.map((m) => `${m.concept}:${m.polarity}`);
    assert.ok(concepts.includes('family-history-sudden-death:affirmed'), concepts.join(' '));
    assert.ok(concepts.includes('chest-pain:affirmed') && concepts.includes('smoking:affirmed'), concepts.join(' '));
    assert.ok(!concepts.some((c) => c.startsWith('hypertension') || c.startsWith('diabetes')), concepts.join(' '));
  });

  it('drops the reactions listed under allergies', () => {
    const note = ['## History', 'HPI: 30 yo F with cough and a rash on her arms for 3 days.', 'Allergies: penicillin (hives), sulfa (rash).'].join('\n');
    const rashes = checkNote(note).analysis.history.filter((m) => m.concept === 'rash');
    assert.deepEqual(rashes.map((m) => note.slice(m.span.start, m.span.end)), ['rash']);
    assert.ok(rashes.every((m) => m.span.start < note.indexOf('Allergies')));
  });
});

describe('family history: a number in a condition', () => {
  it('"HA at age 52" about a relative is a heart attack, not the patient\'s headache', () => {
    const lexicon = compileLexicon(builtinKnowledge.findings);
    const read = (text: string): string[] => findMentions(text, lexicon).map((m) => `${m.concept}:${m.polarity[0]}`);
    assert.deepEqual(read('Dad: HA at age 52.'), ['family-history-mi:a']);
    assert.deepEqual(read('HA at 3 am, mom also gets migraines.'), ['headache:a', 'family-history-migraine:a']);
  });
});

describe('family history and allergy fields end where the text turns back to the patient', () => {
  const history = (lines: readonly string[]): string[] => {
    const note = ['## History', 'HPI: 17 yo M with heart pounding for 3 months.', ...lines].join('\n');
    return checkNote(note).analysis.history.map((m) => `${m.concept}:${m.polarity}`);
  };

  it('reads the unlabelled social history on the line after FH as the patient\'s', () => {
    const concepts = history(['FMH: mom has thyroid issues. Dad had an MI', 'No smoking, occasional drinking, marijuana once.']);
    assert.ok(concepts.includes('family-history-thyroid:affirmed') && concepts.includes('family-history-mi:affirmed'), concepts.join(' '));
    assert.ok(concepts.includes('smoking:negated') && concepts.includes('alcohol-use:affirmed'), concepts.join(' '));
  });

  it('keeps a next line that names a relative in the family history', () => {
    const concepts = history(['FH: Father had heart attack last year', 'Mother has hypertension.', 'SH: no smoking.']);
    assert.ok(!concepts.includes('hypertension:affirmed'), concepts.join(' '));
  });

  it('keeps the items of a list under a bare FH label in the family history', () => {
    const concepts = history(['FH:', '- mother: thyroid disease', '- hypertension', 'SH: no smoking.']);
    assert.ok(concepts.includes('family-history-thyroid:affirmed'), concepts.join(' '));
    assert.ok(!concepts.includes('hypertension:affirmed'), concepts.join(' '));
  });

  it('reads every FH field of the note, not only the first', () => {
    const concepts = history(['FH: mother with Graves disease. FH: father has high blood pressure.']);
    assert.ok(!concepts.includes('hypertension:affirmed'), concepts.join(' '));
  });

  it('drops the reactions of an allergy list but reads the line after a one-line allergy field', () => {
    const listed = history(['Allergies:', '- penicillin (hives)', '- sulfa (rash)']);
    assert.ok(!listed.includes('rash:affirmed'), listed.join(' '));
    const after = history(['All: PCN - rash', 'Alcohol: 3-4 beers on weekends']);
    assert.ok(!after.includes('rash:affirmed') && after.includes('alcohol-use:affirmed'), after.join(' '));
  });
});
