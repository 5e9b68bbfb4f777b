import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findMentions, findMentionsIn } from '../../src/core/clinical/matcher';
import { compileLexicon } from '../../src/core/clinical/compiledLexicon';
import { damerauLevenshtein, FuzzyIndex, plausibleTypo, withinOneEdit } from '../../src/core/clinical/fuzzy';
import { inflectionVariants, tokenize } from '../../src/core/clinical/normalize';
import type { LexiconEntry } from '../../src/core/clinical/types';

const ENTRIES: readonly LexiconEntry[] = [
  { id: 'chest-pain', label: 'chest pain', synonyms: ['chest pain', 'chest discomfort', 'chest pressure'], abbreviations: ['CP'] },
  { id: 'pain', label: 'pain', synonyms: ['pain'] },
  { id: 'sob', label: 'shortness of breath', synonyms: ['shortness of breath', 'dyspnea'], abbreviations: ['SOB'] },
  { id: 'fever', label: 'fever', synonyms: ['fever', 'febrile', 'temperature'], abbreviations: ['f/c'] },
  { id: 'chills', label: 'chills', synonyms: ['chills'], abbreviations: ['f/c'] },
  { id: 'nausea', label: 'nausea', synonyms: ['nausea'], abbreviations: ['N/V', 'n/v'] },
  { id: 'vomiting', label: 'vomiting', synonyms: ['vomiting', 'emesis'], abbreviations: ['N/V', 'n/v'] },
  { id: 'diarrhea', label: 'diarrhea', synonyms: ['diarrhea'] },
  { id: 'diaphoresis', label: 'diaphoresis', synonyms: ['diaphoresis', 'sweating'] },
  { id: 'palpitations', label: 'palpitations', synonyms: ['palpitations'] },
  { id: 'suicidal', label: 'suicidal ideation', synonyms: ['suicidal ideation', 'suicidal thoughts', 'suicidal'], abbreviations: ['SI'] },
  { id: 'headache', label: 'headache', synonyms: ['headache'], abbreviations: ['HA'] },
  { id: 'weight-loss', label: 'weight loss', synonyms: ['weight loss'] },
  { id: 'cough', label: 'cough', synonyms: ['cough'] },
  { id: 'crohns', label: "Crohn's disease", synonyms: ["Crohn's disease", "Crohn's"] },
  { id: 'lh', label: 'lightheadedness', synonyms: ['light-headed'] },
  { id: 'hx', label: 'history', synonyms: ['history of'], abbreviations: ['h/o'] },
];
const LEX = compileLexicon(ENTRIES);

/** "concept:polarity[matched text]" for each mention. */
function render(text: string, region?: { start: number; end: number }): string[] {
  return findMentions(text, LEX, region).map((m) => `${m.concept}:${m.polarity[0]}[${text.slice(m.span.start, m.span.end)}]`);
}

describe('normalize', () => {
  it('keeps symbols as single tokens and words whole', () => {
    assert.deepEqual(
      tokenize('f/c, cpap (-) Crohn’s').map((t) => t.text),
      ['f', '/', 'c', ',', 'cpap', '(', '-', ')', 'Crohn’s'],
    );
  });
  it('offsets are into the full text when tokenizing a slice', () => {
    const toks = tokenize('ab cd ef', 3, 8);
    assert.deepEqual(toks.map((t) => [t.text, t.start, t.end]), [['cd', 3, 5], ['ef', 6, 8]]);
  });
  it('flags line breaks (CRLF too)', () => {
    const toks = tokenize('a\r\nb c');
    assert.deepEqual(toks.map((t) => t.newlineBefore), [false, true, false]);
  });
  it('inflection variants', () => {
    assert.ok(inflectionVariants('fevers').includes('fever'));
    assert.ok(inflectionVariants('vomited').includes('vomit'));
    assert.ok(inflectionVariants('coughing').includes('cough'));
    assert.ok(inflectionVariants('chill').includes('chills'));
  });
});

describe('fuzzy', () => {
  const cases: Array<[string, string, number]> = [
    ['nausea', 'nasuea', 1],
    ['diarrhea', 'diarhea', 1],
    ['kitten', 'sitting', 3],
    ['abc', 'abc', 0],
    ['', 'abc', 3],
    ['temperature', 'temperaturre', 1],
  ];
  for (const [a, b, d] of cases) {
    it(`distance(${a}, ${b}) = ${d}`, () => assert.equal(damerauLevenshtein(a, b), d));
  }
  it('withinOneEdit is damerauLevenshtein(a, b, 1) <= 1, on examples', () => {
    const pairs: Array<[string, string, boolean]> = [
      ['chest pain', 'chest pian', true],
      ['chest pain', 'chest pai', true],
      ['chest pain', 'chesst pain', true],
      ['chest pain', 'xhest pain', true],
      ['chest pain', 'hcest pain', true],
      ['chest pain', 'chest pa', false],
      ['chest pain', 'hcest pian', false],
      ['ab', 'ba', true],
      ['abc', 'cba', false],
      ['', 'a', true],
      ['', 'ab', false],
    ];
    for (const [a, b, near] of pairs) {
      assert.equal(withinOneEdit(a, b), near, `${a} / ${b}`);
      assert.equal(withinOneEdit(b, a), near, `${b} / ${a}`);
      assert.equal(damerauLevenshtein(a, b, 1) <= 1, near, `the distance agrees on ${a} / ${b}`);
    }
  });
  it('withinOneEdit is damerauLevenshtein(a, b, 1) <= 1, on random strings and their one- and two-edit variants', () => {
    // A small alphabet, so that repeated letters, transpositions of equal letters and near misses are common.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 8 });
    const edit = fc.tuple(fc.constantFrom('sub', 'ins', 'del', 'swap'), fc.nat(8), fc.constantFrom('a', 'b', 'c'));
    const applyEdit = (text: string, [kind, at, letter]: [string, number, string]): string => {
      const i = text.length === 0 ? 0 : at % (text.length + (kind === 'ins' ? 1 : 0));
      if (kind === 'sub') return text.slice(0, i) + letter + text.slice(i + 1);
      if (kind === 'ins') return text.slice(0, i) + letter + text.slice(i);
      if (kind === 'del') return text.slice(0, i) + text.slice(i + 1);
      return i + 1 < text.length ? text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2) : text;
    };
    fc.assert(
      fc.property(word, fc.array(edit, { maxLength: 2 }), word, (a, edits, other) => {
        const edited = edits.reduce(applyEdit, a);
        for (const b of [edited, other]) assert.equal(withinOneEdit(a, b), damerauLevenshtein(a, b, 1) <= 1, JSON.stringify([a, b]));
      }),
      { numRuns: 3000 },
    );
  });
  it('lookup respects lengths, common words and vocabulary', () => {
    const idx = new FuzzyIndex(['nausea', 'diaphoresis', 'weight', 'palpitations']);
    assert.deepEqual(idx.lookup('nasuea'), ['nausea']);
    assert.deepEqual(idx.lookup('dyaphoresis'), ['diaphoresis']);
    assert.deepEqual(idx.lookup('palpitaions'), ['palpitations']);
    assert.deepEqual(idx.lookup('eight'), [], 'common word');
    assert.deepEqual(idx.lookup('nausea'), [], 'itself a vocabulary word');
    assert.deepEqual(idx.lookup('nause'), ['nausea']);
    assert.deepEqual(idx.lookup('nas'), [], 'too short');
    assert.deepEqual(idx.lookup('nxsxea'), [], 'two edits on a short word');
    assert.deepEqual(idx.lookup('nausia'), ['nausea'], 'vowel for vowel');
    assert.deepEqual(idx.lookup('mausea'), [], 'first letter must be right');
  });
  it('only plausible typos count', () => {
    assert.equal(plausibleTypo('nausia', 'nausea'), true);
    assert.equal(plausibleTypo('nausra', 'nausea'), true, 'neighbouring key');
    assert.equal(plausibleTypo('blank', 'black'), false);
    assert.equal(plausibleTypo('nasuea', 'nausea'), true, 'transposition');
    assert.equal(plausibleTypo('block', 'black', false), false, 'no substitution in five letters');
    assert.equal(plausibleTypo('diarhea', 'diarrhea', false), true);
    assert.equal(plausibleTypo('intorelance', 'intolerance'), true, 'two letters one apart exchanged');
    assert.equal(plausibleTypo('intorelanec', 'intolerance'), false, 'an exchange and more');
  });
  it('targets can be narrower than the known words', () => {
    const idx = new FuzzyIndex(['swelling'], ['swelling', 'sitting']);
    assert.deepEqual(idx.lookup('sitting'), [], 'known word is never corrected');
    assert.deepEqual(idx.lookup('sittin'), [], 'not a target');
    assert.deepEqual(idx.lookup('sweling'), ['swelling']);
  });
});

describe('matcher', () => {
  const cases: Array<[string, string, string[]]> = [
    ['longest match wins', 'Has chest pain.', ['chest-pain:a[chest pain]']],
    ['shorter concept alone', 'Has pain in the arm.', ['pain:a[pain]']],
    ['case-insensitive synonyms', 'CHEST PAIN and Dyspnea', ['chest-pain:a[CHEST PAIN]', 'sob:a[Dyspnea]']],
    ['case-sensitive abbreviation', 'CP since 2 days', ['chest-pain:a[CP]']],
    ['lowercase abbreviation does not match', 'cp since 2 days', []],
    ['abbreviation never inside a word', 'uses cpap and CPAP at night', []],
    ['abbreviation shared by two concepts', 'N/V today', ['nausea:a[N/V]', 'vomiting:a[N/V]']],
    ['slashed run of abbreviations', 'f/c/n/v', ['fever:a[f/c]', 'chills:a[f/c]', 'nausea:a[n/v]', 'vomiting:a[n/v]']],
    ['multi-word synonym', 'some shortness of breath', ['sob:a[shortness of breath]']],
    ['hyphenated phrase', 'chest-pain on exertion', ['chest-pain:a[chest-pain]']],
    ['plural', 'intermittent fevers and headaches', ['fever:a[fevers]', 'headache:a[headaches]']],
    ['singular of a plural synonym', 'one chill', ['chills:a[chill]']],
    ['-ing/-ed inflection of a synonym', 'has been coughing', ['cough:a[coughing]']],
    ['-ed bridged to an -ing synonym', 'vomited twice', ['vomiting:a[vomited]']],
    ['hyphenated synonym written with a space', 'feels light headed', ['lh:a[light headed]']],
    ['hyphenated synonym as written', 'feels light-headed', ['lh:a[light-headed]']],
    ['misspelling nasuea', 'some nasuea', ['nausea:a[nasuea]']],
    ['misspelling diarhea', 'watery diarhea', ['diarrhea:a[diarhea]']],
    ['misspelling dyaphoresis', 'with dyaphoresis', ['diaphoresis:a[dyaphoresis]']],
    ['misspelling temperaturre', 'high temperaturre', ['fever:a[temperaturre]']],
    ['misspelling sucidal', 'is sucidal', ['suicidal:a[sucidal]']],
    ['misspelling palpitaions', 'palpitaions at rest', ['palpitations:a[palpitaions]']],
    ['misspelling of a long word inside a phrase', 'shortnes of breath', ['sob:a[shortnes of breath]']],
    ['no fuzzy onto a short word of a phrase', 'wieght loss', []],
    ['a doubled key held too long', 'cheest pain', ['chest-pain:a[cheest pain]']],
    ['no undoubling onto a short word', 'painn', []],
    ['a dropped first letter inside a phrase', 'shortness of reath', ['sob:a[shortness of reath]']],
    ['no dropped first letter to start a phrase', 'ausea', []],
    ['no changed first letter inside a phrase', 'shortness of dreath', []],
    ['no fuzzy between common words', 'block, selling, setting, constant', []],
    ['no fuzzy onto a short lexicon word', 'weight losss', []],
    ['common word never fuzzy', 'eight weeks', []],
    ['apostrophe word', "h/o Crohn's disease", ['hx:a[h/o]', "crohns:a[Crohn's disease]"]],
    ['curly apostrophe', 'Crohn’s disease', ['crohns:a[Crohn’s disease]']],
    ['CRLF text', 'Fever\r\nchest pain\r\n', ['fever:a[Fever]', 'chest-pain:a[chest pain]']],
    ['unicode around', '– fever — “cough”', ['fever:a[fever]', 'cough:a[cough]']],
    ['empty text', '', []],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(render(text), expected));
  }

  it('spans are exact offsets into the text', () => {
    const text = '  Pt: CP, N/V and weight  loss.';
    for (const m of findMentions(text, LEX)) {
      const slice = text.slice(m.span.start, m.span.end);
      assert.ok(['CP', 'N/V', 'weight  loss'].includes(slice), slice);
    }
    const cp = findMentions(text, LEX)[0];
    assert.deepEqual(cp?.span, { start: 6, end: 8 });
    assert.equal(cp?.label, 'chest pain');
  });

  it('sorted by start, no overlapping mentions of one concept', () => {
    const ms = findMentions('chest pain, pain, CP, chest pain', LEX);
    for (let i = 1; i < ms.length; i++) assert.ok((ms[i - 1]?.span.start ?? 0) <= (ms[i]?.span.start ?? 0));
    const byConcept = new Map<string, Array<{ start: number; end: number }>>();
    for (const m of ms) byConcept.set(m.concept, [...(byConcept.get(m.concept) ?? []), m.span]);
    for (const spans of byConcept.values()) {
      for (let i = 1; i < spans.length; i++) assert.ok((spans[i - 1]?.end ?? 0) <= (spans[i]?.start ?? 0));
    }
    assert.deepEqual(ms.map((m) => m.concept), ['chest-pain', 'pain', 'chest-pain', 'chest-pain']);
  });

  it('region restricts the search and keeps text offsets', () => {
    const text = 'HPI: fever.\nROS: chest pain.';
    const start = text.indexOf('ROS');
    assert.deepEqual(render(text, { start, end: text.length }), ['chest-pain:a[chest pain]']);
    const ms = findMentions(text, LEX, { start, end: text.length });
    assert.equal(ms[0]?.span.start, text.indexOf('chest'));
  });

  it('region cutting a phrase does not match outside it', () => {
    const text = 'chest pain';
    assert.deepEqual(render(text, { start: 0, end: 5 }), []);
    assert.deepEqual(render(text, { start: 6, end: 10 }), ['pain:a[pain]']);
  });

  it('region out of bounds is clamped', () => {
    assert.deepEqual(render('fever', { start: -5, end: 99 }), ['fever:a[fever]']);
  });

  it('findMentionsIn merges regions in order', () => {
    const text = 'cough. fever. nausea.';
    const ms = findMentionsIn(text, LEX, [
      { start: 14, end: 21 },
      { start: 0, end: 6 },
    ]);
    assert.deepEqual(ms.map((m) => m.concept), ['cough', 'nausea']);
  });

  it('an empty lexicon finds nothing', () => {
    assert.deepEqual(findMentions('fever', compileLexicon([])), []);
  });

  it('label is matched even when not listed among synonyms', () => {
    const lex = compileLexicon([{ id: 'x', label: 'night sweats', synonyms: [] }]);
    assert.equal(findMentions('night sweats', lex).length, 1);
  });

  it('micro-benchmark sanity: a 3 KB note matches quickly (not a timed assert)', () => {
    const sentence = '45 yo F c/o CP x 2 days, sharp, 7/10, worse with exertion. Denies SOB, f/c, n/v, diarhea. ';
    const note = sentence.repeat(Math.ceil(3000 / sentence.length));
    findMentions(note, LEX);
    const t0 = performance.now();
    const runs = 50;
    for (let i = 0; i < runs; i++) findMentions(note, LEX);
    const perNote = (performance.now() - t0) / runs;
    assert.ok(perNote >= 0);
    assert.ok(findMentions(note, LEX).length > 100);
  });

  it('finds a phrase wherever it stands among other words (the look-ahead before a walk rejects no real match)', () => {
    const phrases = ENTRIES.flatMap((entry) => entry.synonyms.map((phrase) => ({ id: entry.id, phrase })));
    const filler = ['the', 'no', 'w', 'of', 'chest', 'and', 'history', '-', '"', 'shortness', 'xyzzy', 'pain,'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...filler), { maxLength: 4 }), fc.constantFrom(...phrases), (before, { id, phrase }) => {
        const prefix = before.length > 0 ? `${before.join(' ')}. ` : '';
        const text = `${prefix}${phrase}. Then nothing.`;
        const found = findMentions(text, LEX).filter((m) => m.concept === id && m.span.start === prefix.length);
        assert.ok(found.length > 0, text);
      }),
      { numRuns: 400 },
    );
  });
});
