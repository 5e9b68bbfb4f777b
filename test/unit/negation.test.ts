import assert from 'node:assert/strict';
import { findMentions } from '../../src/core/clinical/matcher';
import { compileLexicon } from '../../src/core/clinical/compiledLexicon';
import { findGlobalNegativeStatements } from '../../src/core/clinical/globalNegatives';
import { assignPolarity } from '../../src/core/clinical/negation';
import type { LexiconEntry } from '../../src/core/clinical/types';
import { checkReadings, readings, type ReadingCases } from '../support/readings';

const ENTRIES: readonly LexiconEntry[] = [
  { id: 'chest-pain', label: 'chest pain', synonyms: ['chest pain'], abbreviations: ['CP'] },
  { id: 'sob', label: 'shortness of breath', synonyms: ['shortness of breath', 'dyspnea'], abbreviations: ['SOB'] },
  { id: 'fever', label: 'fever', synonyms: ['fever', 'fevers'], abbreviations: ['f/c'] },
  { id: 'chills', label: 'chills', synonyms: ['chills'], abbreviations: ['f/c'] },
  { id: 'nausea', label: 'nausea', synonyms: ['nausea'], abbreviations: ['N/V', 'n/v'] },
  { id: 'vomiting', label: 'vomiting', synonyms: ['vomiting'], abbreviations: ['N/V', 'n/v'] },
  { id: 'diarrhea', label: 'diarrhea', synonyms: ['diarrhea'] },
  { id: 'night-sweats', label: 'night sweats', synonyms: ['night sweats'] },
  { id: 'palpitations', label: 'palpitations', synonyms: ['palpitations'] },
  { id: 'lh', label: 'lightheadedness', synonyms: ['lightheadedness'] },
  { id: 'syncope', label: 'syncope', synonyms: ['syncope'] },
  { id: 'cough', label: 'cough', synonyms: ['cough'] },
  { id: 'dysuria', label: 'dysuria', synonyms: ['dysuria'] },
  { id: 'discharge', label: 'discharge', synonyms: ['discharge'] },
  { id: 'bleeding', label: 'bleeding', synonyms: ['bleeding'] },
  { id: 'rash', label: 'rash', synonyms: ['rash'] },
  { id: 'headache', label: 'headache', synonyms: ['headache'] },
  { id: 'appetite-change', label: 'change in appetite', synonyms: ['change in appetite'] },
  { id: 'edema', label: 'edema', synonyms: ['edema', 'swelling'] },
  { id: 'dizziness', label: 'dizziness', synonyms: ['dizziness'] },
];
const LEX = compileLexicon(ENTRIES);

/** "concept:a|n" per mention, in order. */
function polarities(text: string): string[] {
  return readings(text, LEX);
}

function check(cases: ReadingCases): void {
  checkReadings(cases, polarities);
}

describe('negation', () => {
  describe('pre-negation triggers', () => {
    const triggers = [
      'denies', 'Denies', 'DENIES', 'denied', 'deny', 'no', 'No', 'not', 'negative for', 'neg for', 'without', 'w/o', '(-)',
      '-ve', 'absence of', 'absent', 'free of', 'never had', 'none of', 'nor', 'no h/o', 'no history of', 'no hx of',
      'no c/o', "doesn't have", 'does not have', 'did not have', "didn't have", 'not experiencing', 'no signs of',
      'no evidence of', 'Denies:', 'Pt denies any',
    ];
    for (const trigger of triggers) {
      it(`"${trigger} fever"`, () => assert.deepEqual(polarities(`${trigger} fever`), ['fever:n']));
    }
  });

  describe('list scope', () => {
    check([
      ['denies fever, chills, or night sweats', ['fever:n', 'chills:n', 'night-sweats:n']],
      ['no fever/chills', ['fever:n', 'chills:n']],
      ['Denies fever and chills and cough', ['fever:n', 'chills:n', 'cough:n']],
      ['No fever, chills, nausea, vomiting, diarrhea, cough, rash or headache', [
        'fever:n', 'chills:n', 'nausea:n', 'vomiting:n', 'diarrhea:n', 'cough:n', 'rash:n', 'headache:n',
      ]],
      ['denies f/c, n/v, diarhea', ['fever:n', 'chills:n', 'nausea:n', 'vomiting:n', 'diarrhea:n']],
      ['Denies: fever, chills, cough', ['fever:n', 'chills:n', 'cough:n']],
      ['Denies CP, SOB.', ['chest-pain:n', 'sob:n']],
      ['neither fever nor chills', ['fever:n', 'chills:n']],
    ]);
  });

  describe('scope ends', () => {
    check([
      ['No fever. Chills.', ['fever:n', 'chills:a']],
      ['No fever; chills', ['fever:n', 'chills:a']],
      ['No fever: chills', ['fever:n', 'chills:a']],
      ['No fever\nchills', ['fever:n', 'chills:a']],
      ['No fever\r\nchills', ['fever:n', 'chills:a']],
      // A hard-wrapped list: a line ending in a comma, "and" or "or" goes on in the next, unless that line has its own bullet, label or capital.
      ['Denies syncope, fever,\ncough, rash.', ['syncope:n', 'fever:n', 'cough:n', 'rash:n']],
      ['Denies syncope, fever,\r\ncough,\nrash. Nausea', ['syncope:n', 'fever:n', 'cough:n', 'rash:n', 'nausea:a']],
      ['no fever and\nchills', ['fever:n', 'chills:n']],
      ['No fever,\nCough x 2 days', ['fever:n', 'cough:a']],
      ['No fever,\n- cough', ['fever:n', 'cough:a']],
      ['No fever,\nros: cough', ['fever:n', 'cough:a']],
      ['No fever,\nmeds: none, cough', ['fever:n', 'cough:a']],
      ['No fever\ncough, rash', ['fever:n', 'cough:a', 'rash:a']],
      ['+ nausea, no fever,\ncough', ['nausea:a', 'fever:n', 'cough:a']],
      ['- denies fever,\ncough', ['fever:n', 'cough:a']],
      ['Denies fever! Chills', ['fever:n', 'chills:a']],
      ['17 y.o. male denies fever or cough', ['fever:n', 'cough:n']],
      // The decimal point is no sentence end; the measured 38.5 C is a fever of its own.
      ['No cough since temp 38.5 C and fever', ['cough:n', 'fever:a', 'fever:n']],
      ['Dr. Smith notes no cough', ['cough:n']],
      ['denies fever and is otherwise feeling quite well this week at home, chills', ['fever:n', 'chills:a']],
      ['denies fever, one two three four five six seven eight chills', ['fever:n', 'chills:n']],
      ['denies fever, one two three four five six seven eight nine chills', ['fever:n', 'chills:a']],
    ]);
  });

  describe('terminators', () => {
    const terminators = [
      'but', 'however', 'although', 'though', 'yet', 'reports', 'endorses', 'admits', 'admits to', 'positive for', '+',
      '(+)', 'c/o', 'complains of', 'except', 'aside from', 'apart from', 'which', 'who', 'secondary to', 'states',
      'notes', 'other than',
    ];
    for (const term of terminators) {
      it(`"denies fever ${term} chills"`, () =>
        assert.deepEqual(polarities(`denies fever ${term} chills`), ['fever:n', 'chills:a']));
    }
  });

  describe('pseudo-negations', () => {
    check([
      ['no change in cough', ['cough:a']],
      ['no changes, cough persists', ['cough:a']],
      ['not only fever but chills', ['fever:a', 'chills:a']],
      ['no increase in headache', ['headache:a']],
      ['not necessarily with fever', ['fever:a']],
      ['no further vomiting? unclear', ['vomiting:a']],
      ['not certain if fever', ['fever:a']],
      ['gram negative rash', ['rash:a']],
      ['breathing without difficulty, cough', ['cough:a']],
      // A pseudo-negation phrase overlapping a concept does not hide the real trigger.
      ['no change in appetite', ['appetite-change:n']],
    ]);
  });

  describe('post-negation', () => {
    check([
      ['dysuria absent', ['dysuria:n']],
      ['discharge denied', ['discharge:n']],
      ['bleeding: none', ['bleeding:n']],
      ['fever: no', ['fever:n']],
      ['Fever: No\nCough: yes', ['fever:n', 'cough:a']],
      ['fever - neg', ['fever:n']],
      ['fever - negative, cough +', ['fever:n', 'cough:a']],
      ['cough (-)', ['cough:n']],
      ['cough -ve', ['cough:n']],
      ['rash not present', ['rash:n']],
      ['fever was negative', ['fever:n']],
      ['cough (-) fever (-)', ['cough:n', 'fever:n']],
      ['cough (-), fever (+)', ['cough:n', 'fever:a']],
      ['dysuria absent and no discharge', ['dysuria:n', 'discharge:n']],
      ['fever, no chills', ['fever:a', 'chills:n']],
      ['fever no chills', ['fever:a', 'chills:n']],
      ['has cough, denied fever', ['cough:a', 'fever:n']],
    ]);
  });

  describe('"+" affirmation', () => {
    check([
      ['+fever', ['fever:a']],
      ['(+) fever', ['fever:a']],
      ['fever (+)', ['fever:a']],
      ['fever +', ['fever:a']],
      ['Denies CP, +SOB', ['chest-pain:n', 'sob:a']],
      ['fever positive', ['fever:a']],
    ]);
  });

  describe('real student notes', () => {
    check([
      ['17 yo M c/o palpitations x 3 mo. Denies CP, SOB, f/c/n/v. +lightheadedness. No h/o syncope.', [
        'palpitations:a', 'chest-pain:n', 'sob:n', 'fever:n', 'chills:n', 'nausea:n', 'vomiting:n', 'lh:a', 'syncope:n',
      ]],
      ['Pt reports CP w/ SOB, no N/V, no diaphoresis.', ['chest-pain:a', 'sob:a', 'nausea:n', 'vomiting:n']],
      ['ROS: neg except as in HPI', []],
      ['HPI: cough and fever x 3 d. ROS: neg except as in HPI.', ['cough:a', 'fever:a']],
      ['Cough. ROS otherwise negative.', ['cough:a']],
      ['Cough, fever. All other ROS negative', ['cough:a', 'fever:a']],
      ['ROS negative for fever, chills', ['fever:n', 'chills:n']],
      ['ROS: NEGATIVE COUGH, RASH', ['cough:n', 'rash:n']],
      ['ROS negative except cough and fever', ['cough:a', 'fever:a']],
      ['All other ROS negative except for nausea. Denies vomiting', ['nausea:a', 'vomiting:n']],
      ['Denies: fever, chills\nHas cough', ['fever:n', 'chills:n', 'cough:a']],
      ['Headache, no dizziness, no swelling, but +nausea', ['headache:a', 'dizziness:n', 'edema:n', 'nausea:a']],
      ['No known drug allergies. Cough', ['cough:a']],
    ]);
  });

  describe('headers, clause verbs and variants', () => {
    check([
      ['Denies:\n- fever\n- chills\nCough', ['fever:n', 'chills:n', 'cough:a']],
      ['Denies:\n* fever\n* chills', ['fever:n', 'chills:n']],
      ['Denies\n- fever', ['fever:a']],
      ['Pertinent negatives: fever, chills', ['fever:n', 'chills:n']],
      ['Negative: fever, chills. Positive: cough', ['fever:n', 'chills:n', 'cough:a']],
      ['No fever, has cough', ['fever:n', 'cough:a']],
      ['has never had fever', ['fever:n']],
      ['has not had fever or chills', ['fever:n', 'chills:n']],
      ['denies having had fever', ['fever:n']],
      ['Fever: denies. Cough: yes', ['fever:n', 'cough:a']],
      ['cough denies fever', ['cough:a', 'fever:n']],
      ['cough (−)', ['cough:n']],
      ['(−) cough', ['cough:n']],
      ['NO FEVER', ['fever:n']],
    ]);
  });

  it('N/V shared by two concepts shares polarity', () => {
    const ms = findMentions('no N/V', LEX);
    assert.deepEqual(ms.map((m) => [m.concept, m.polarity]), [['nausea', 'negated'], ['vomiting', 'negated']]);
  });

  it('"no" inside words is not a trigger', () => {
    assert.deepEqual(polarities('Noted nocturnal cough, nonproductive'), ['cough:a']);
    assert.deepEqual(polarities('knows about fever'), ['fever:a']);
  });

  it('negation works inside a region', () => {
    const text = 'HPI: fever.\nROS: denies chills, cough.';
    const start = text.indexOf('ROS');
    const ms = findMentions(text, LEX, { start, end: text.length });
    assert.deepEqual(ms.map((m) => `${m.concept}:${m.polarity}`), ['chills:negated', 'cough:negated']);
    assert.equal(text.slice(ms[0]?.span.start, ms[0]?.span.end), 'chills');
  });

  it('assignPolarity works on plain spans', () => {
    const text = 'denies fever; cough';
    const spans = [
      { start: 7, end: 12 },
      { start: 14, end: 19 },
    ];
    assert.deepEqual(assignPolarity(text, spans), ['negated', 'affirmed']);
    assert.deepEqual(assignPolarity(text, []), []);
  });
});

describe('findGlobalNegativeStatements', () => {
  const cases: Array<[string, string[]]> = [
    ['ROS: neg except as in HPI', ['ROS: neg except as in HPI']],
    ['ROS negative except as in HPI.', ['ROS negative except as in HPI']],
    ['ROS otherwise negative.', ['ROS otherwise negative']],
    ['All other ROS negative', ['All other ROS negative']],
    ['all other systems reviewed and negative', ['all other systems reviewed and negative']],
    ['Rest of ROS is negative.', ['Rest of ROS is negative']],
    ['Review of systems: negative.', ['Review of systems: negative']],
    ['otherwise negative ROS', ['otherwise negative ROS']],
    ['ROS: cough. ROS otherwise negative', ['ROS otherwise negative']],
    ['ROS negative for fever', []],
    ['ROS: negative cough, rash', []],
    ['ROS: negative\nPMH: none', ['ROS: negative']],
    ['ROS negative as per HPI', ['ROS negative']],
    ['ROS: fever, chills', []],
    ['Negative for fever', []],
    // "(-)" opens a statement only right after a word character, where the pattern's \b holds.
    ['Pt(-) ROS.', ['(-) ROS']],
    ['Pt (-) ROS.', []],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      assert.deepEqual(findGlobalNegativeStatements(text).map((s) => text.slice(s.start, s.end)), expected);
    });
  }
  it('region offsets', () => {
    const text = 'HPI: cough.\nROS otherwise negative.';
    const start = text.indexOf('ROS');
    assert.deepEqual(findGlobalNegativeStatements(text, { start, end: text.length }), [
      { start, end: start + 'ROS otherwise negative'.length },
    ]);
    assert.deepEqual(findGlobalNegativeStatements(text, { start: 0, end: 11 }), []);
  });
});

describe('negation: contractions typed without the apostrophe', () => {
  it('"dont" and "doesnt" negate like "don\'t"', () => {
    const text = 'she doesnt get headaches';
    const start = text.indexOf('headaches');
    assert.deepEqual(assignPolarity(text, [{ start, end: start + 9 }]), ['negated']);
  });
});

describe('negation: dash-prefixed items of a one-line review of systems', () => {
  const lex = compileLexicon([
    { id: 'fever', label: 'fever', synonyms: ['fever'] },
    { id: 'cough', label: 'cough', synonyms: ['cough'] },
    { id: 'rash', label: 'rash', synonyms: ['rash'] },
  ]);
  const render = (text: string): string[] => findMentions(text, lex).map((m) => `${m.concept}:${m.polarity[0]}`);
  it('"-item" entries in a list line are absent, "+item" present', () => {
    assert.deepEqual(render('Systems: -fever, -cough, +rash'), ['fever:n', 'cough:n', 'rash:a']);
    assert.deepEqual(render('Skin: -rash'), ['rash:n']);
    assert.deepEqual(render('Systems: - fever, - cough'), ['fever:n', 'cough:n']);
  });
  it('a dash covers what a slash joins to its item', () => {
    assert.deepEqual(render('Systems: -fever/cough, -rash'), ['fever:n', 'cough:n', 'rash:n']);
    // The minus opening the list covers the unsigned item after it too; a "+" ends it.
    assert.deepEqual(render('Systems: -fever/cough, rash'), ['fever:n', 'cough:n', 'rash:n']);
    assert.deepEqual(render('Systems: -fever/cough, +rash'), ['fever:n', 'cough:n', 'rash:a']);
  });
  it('a minus opening a list covers the unsigned items after it, up to the next sign', () => {
    assert.deepEqual(render('ROS: -fever, cough, rash'), ['fever:n', 'cough:n', 'rash:n']);
    assert.deepEqual(render('ROS: -fever, cough, +rash'), ['fever:n', 'cough:n', 'rash:a']);
    assert.deepEqual(render('ROS: -fever, cough. Has a rash'), ['fever:n', 'cough:n', 'rash:a']);
    assert.deepEqual(render('ROS: -fever, cough\nrash'), ['fever:n', 'cough:n', 'rash:a']);
  });
  it('a spaced minus after a header that announces negatives opens a negative list', () => {
    assert.deepEqual(render('ROS: - fever, cough, rash'), ['fever:n', 'cough:n', 'rash:n']);
    assert.deepEqual(render('Review of systems: - fever, cough. Has a rash'), ['fever:n', 'cough:n', 'rash:a']);
    // Any other header keeps a lone spaced dash a separator.
    assert.deepEqual(render('Associated: - fever, cough'), ['fever:a', 'cough:a']);
  });
  it('spaced minuses after sentence ends sign the lists they open ("+ rash. - fever, - cough")', () => {
    assert.deepEqual(render('+ rash. - fever, - cough'), ['rash:a', 'fever:n', 'cough:n']);
    assert.deepEqual(render('Had a rash for 2 days. - fever. - cough'), ['rash:a', 'fever:n', 'cough:n']);
    // One dash after a sentence end, with no other sign on its line, is a separator.
    assert.deepEqual(render('Had a rash. - cough since then'), ['rash:a', 'cough:a']);
  });
  it('a "+" item on the line makes a lone spaced dash after a comma a minus', () => {
    assert.deepEqual(render('ROS: + rash, - fever, cough'), ['rash:a', 'fever:n', 'cough:n']);
    assert.deepEqual(render('ROS: (+) rash, - fever'), ['rash:a', 'fever:n']);
    assert.deepEqual(render('rash, - fever'), ['rash:a', 'fever:a']);
  });
  it('a bullet at line start or a dash used as a separator does not negate', () => {
    assert.deepEqual(render('- fever\n- cough'), ['fever:a', 'cough:a']);
    assert.deepEqual(render('has had fever - cough - rash'), ['fever:a', 'cough:a', 'rash:a']);
    assert.deepEqual(render('Skin: - rash'), ['rash:a']);
  });
});

describe('negation: list items after a negated one', () => {
  const lex = compileLexicon([
    { id: 'asthma', label: 'asthma', synonyms: ['asthma'] },
    { id: 'ibuprofen', label: 'NSAID use', synonyms: ['ibuprofen'] },
    { id: 'fh-stroke', label: 'family history of stroke', synonyms: ['grandma stroke'] },
  ]);
  const render = (text: string): string[] => findMentions(text, lex).map((m) => `${m.concept}:${m.polarity[0]}`);
  it('a value word closing its item ("Surgeries none,") does not negate the next item', () => {
    assert.deepEqual(render('Surgeries none, FH grandma stroke'), ['fh-stroke:a']);
    assert.deepEqual(render('none of them had asthma'), ['asthma:n']);
  });
  it('a verb opening the next list item ends the scope', () => {
    assert.deepEqual(render('no asthma, takes ibuprofen for cramps'), ['asthma:n', 'ibuprofen:a']);
    assert.deepEqual(render('denies asthma, ibuprofen'), ['asthma:n', 'ibuprofen:n']);
  });
});

describe('negation: "non" as a prefix', () => {
  const lex = compileLexicon([
    { id: 'smoking', label: 'smoking', synonyms: ['smoker'] },
    { id: 'opioids', label: 'opioid use', synonyms: ['oxycodone'] },
  ]);
  const render = (text: string): string[] => findMentions(text, lex).map((m) => `${m.concept}:${m.polarity[0]}`);
  it('negates the word it is attached to, not a later one', () => {
    assert.deepEqual(render('non-smoker'), ['smoking:n']);
    assert.deepEqual(render('non smoker'), ['smoking:n']);
    assert.deepEqual(render('uses non-prescribed oxycodone'), ['opioids:a']);
  });
});

describe('negation: a verb right after a verbal trigger', () => {
  check([
    ['She does not report fever or rash', ['fever:n', 'rash:n']],
    ['he did not notice any rash', ['rash:n']],
    ['Pt does not endorse cough', ['cough:n']],
    ['No reported nausea or diarrhea', ['nausea:n', 'diarrhea:n']],
    ['he do not has headache', ['headache:n']],
    ['has never experienced syncope', ['syncope:n']],
    ['Doesnot have cough', ['cough:n']],
    ['donot get headaches', ['headache:n']],
    // Not right after the trigger, the verb still opens an affirmed clause.
    ['No fever but reports chills', ['fever:n', 'chills:a']],
    ['denies fever, reports cough', ['fever:n', 'cough:a']],
    // A value word ("Surgeries: none") is no verbal trigger.
    ['Surgeries: none reported cough', ['cough:a']],
  ]);
});

describe('negation: scope ends at a new subject or at what causes the negated effect', () => {
  check([
    ['denies dizziness when she stands up quickly after a cough', ['dizziness:n', 'cough:a']],
    ['no headache since he started having fever', ['headache:n', 'fever:a']],
    ['Denies side effects of the cough syrup', ['cough:a']],
    ['no adverse effects from treatment of the rash', ['rash:a']],
  ]);
});

describe('negation: a subject before a value word makes it the verb', () => {
  check([
    ['The patient denied, fever, cough', ['fever:n', 'cough:n']],
    ['PE: rash absent, cough present', ['rash:n', 'cough:a']],
    ['Allergies: denied, fever for 2 days', ['fever:a']],
  ]);
});

describe('negation: misspelt "denies" and "negative"', () => {
  check([
    ['Pt dnies fever', ['fever:n']],
    ['denise chills and rash', ['chills:n', 'rash:n']],
    ['DENISE COUGH', ['cough:n']],
    ['He deniess headache', ['headache:n']],
    ['negtive for cough', ['cough:n']],
    ['Nagative for rash, dysuria', ['rash:n', 'dysuria:n']],
    // Names and ordinary words near "denies" are no triggers.
    ['Denise has had a cough since Monday', ['cough:a']],
    ['Denis reports fever', ['fever:a']],
    ['dense rash on both arms', ['rash:a']],
  ]);
});

describe('negation: more trigger phrasings', () => {
  check([
    ['None of: fever, chills', ['fever:n', 'chills:n']],
    ['free from fever', ['fever:n']],
    ['lacks fever', ['fever:n']],
    ['lack of cough or rash', ['cough:n', 'rash:n']],
    ['She is negative for fever and cough', ['fever:n', 'cough:n']],
    ['Exam was negative for rash', ['rash:n']],
    // "is negative" still closes the item before it.
    ['fever is negative, cough +', ['fever:n', 'cough:a']],
  ]);
});

describe('negation: a verb after a trigger and its subject', () => {
  check([
    ['denies that she has a fever', ['fever:n']],
    ['denies he has had any cough', ['cough:n']],
    ['She does not think she has a rash', ['rash:n']],
    ['denies fever but thinks she has a cough', ['fever:n', 'cough:a']],
  ]);
});

describe('negation: scope ends at the presenting complaint and at a denied relation', () => {
  check([
    ['34 yo F with no PMH presenting with cough', ['cough:a']],
    ['Healthy man with no medical history here for evaluation of headache', ['headache:a']],
    ['no significant history, comes in with fever', ['fever:a']],
    ['Pt has no known illnesses, was seen for rash', ['rash:a']],
    ['Headaches, no relation to the cough', ['headache:a', 'cough:a']],
    ['denies correlation with fever', ['fever:a']],
    ['not related to chest pain', ['chest-pain:a']],
    ['no chest pain related to exertion', ['chest-pain:n']],
    ['Mother has a rash not otherwise specified', ['rash:a']],
    ['No cough or dizziness and felt lightheadedness', ['cough:n', 'dizziness:n', 'lh:a']],
    ['No rash, does have a cough', ['rash:n', 'cough:a']],
    ['no fever, feeling like she has chills', ['fever:n', 'chills:a']],
    ['denies feeling like she has chills', ['chills:n']],
  ]);
});

describe('negation: questions, slash-joined items and contrast items', () => {
  check([
    ['Chest pain? No.', ['chest-pain:n']],
    // The answer to a question is about all it asked; "never" answers too.
    ['Nausea or vomiting? No.', ['nausea:n', 'vomiting:n']],
    ['Fever, chills? No. Cough? Yes', ['fever:n', 'chills:n', 'cough:a']],
    ['Syncope? Never.', ['syncope:n']],
    ['Cough: never, fever: yesterday', ['cough:n', 'fever:a']],
    // A trigger inside brackets stops at their close.
    ['diabetic (may not feel chest pain), dizziness, cough', ['chest-pain:n', 'dizziness:a', 'cough:a']],
    ['cough (no fever, no chills), rash', ['cough:a', 'fever:n', 'chills:n', 'rash:a']],
    ['no fever (or chills), cough', ['fever:n', 'chills:n', 'cough:n']],
    // "not" after the thing its item is about says something of that thing only; naming a finding first, it runs down the list.
    ['cough not productive, fever', ['cough:a', 'fever:a']],
    ['Usually not associated with nausea, dizziness, or chest pain', ['nausea:n', 'dizziness:n', 'chest-pain:n']],
    ['She has not had fever, chills', ['fever:n', 'chills:n']],
    // A reading asserts its item; what comes "with" after "without" is had.
    ['no rash, fever up to 102.5 at home', ['rash:n', 'fever:a']],
    ['no cough, fever of 101', ['cough:n', 'fever:a']],
    ['w/o fever with chills', ['fever:n', 'chills:a']],
    // A later item with the patient as its subject is a clause of its own; a history label ends the list.
    ['no fever, she has chills', ['fever:n', 'chills:a']],
    ['no rash, pt reports cough', ['rash:n', 'cough:a']],
    ['no headache or rash, PMH cough', ['headache:n', 'rash:n', 'cough:a']],
    ['Cough? no, fever? yes', ['cough:n', 'fever:a']],
    ['Nausea/vomiting: no', ['nausea:n', 'vomiting:n']],
    ['fever/chills/night sweats - denies', ['fever:n', 'chills:n', 'night-sweats:n']],
    ['dysuria, fever/chills: none', ['dysuria:a', 'fever:n', 'chills:n']],
    ['Fever/cough/Meds/Allergies: none', ['fever:n', 'cough:n']],
    ['cough / PMH: none', ['cough:a']],
    ['no vomiting, just nausea', ['vomiting:n', 'nausea:a']],
    ['no fever, actually chills', ['fever:n', 'chills:a']],
    ['no fever, recently started coughing', ['fever:n', 'cough:a']],
    ['Denies fever, only a mild cough', ['fever:n', 'cough:a']],
    // A later item that says how marked a finding is asserts it: an exam line read as written.
    ['no rash, marked swelling of the knee', ['rash:n', 'edema:a']],
    ['no rash, focal swelling', ['rash:n', 'edema:a']],
    ['discharge without rash, intense swelling, cough', ['discharge:a', 'rash:n', 'edema:a', 'cough:a']],
    ['cough without fever or chills, with headache', ['cough:a', 'fever:n', 'chills:n', 'headache:a']],
  ]);
});
