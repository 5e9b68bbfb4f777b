import assert from 'node:assert/strict';
import { findMentions } from '../../src/core/clinical/matcher';
import { compileLexicon } from '../../src/core/clinical/compiledLexicon';
import type { LexiconEntry } from '../../src/core/clinical/types';

const ENTRIES: readonly LexiconEntry[] = [
  { id: 'diarrhea', label: 'diarrhea', synonyms: ['diarrhea'] },
  { id: 'dysuria', label: 'dysuria', synonyms: ['dysuria'] },
  { id: 'hematochezia', label: 'hematochezia', synonyms: ['hematochezia', 'blood in stool', 'bloody diarrhea'] },
  { id: 'hematuria', label: 'hematuria', synonyms: ['hematuria', 'blood in urine'] },
];
const LEX = compileLexicon(ENTRIES);

function render(text: string): string[] {
  return findMentions(text, LEX).map((m) => `${m.concept}:${m.polarity[0]}[${text.slice(m.span.start, m.span.end)}]`);
}

describe('matcher: "blood" read in the context of the symptom before it', () => {
  it('a stool context makes a lone "blood" blood in the stool, with its own negation', () => {
    assert.deepEqual(render('Loose stools since Monday, no blood.'), ['hematochezia:n[blood]']);
    assert.deepEqual(render('watery diarrhea without any blood'), ['diarrhea:a[diarrhea]', 'hematochezia:n[blood]']);
    assert.deepEqual(render('diarrhea, has seen blood'), ['diarrhea:a[diarrhea]', 'hematochezia:a[blood]']);
  });

  it('"nonbloody" and "non-bloody" negate only the blood, not the diarrhea', () => {
    assert.deepEqual(render('nonbloody diarrhea x3 days'), ['hematochezia:n[nonbloody]', 'diarrhea:a[diarrhea]']);
    assert.deepEqual(render('diarrhea, non bloody'), ['diarrhea:a[diarrhea]', 'hematochezia:n[non bloody]']);
    assert.deepEqual(render('diarrhea (non-bloody)'), ['diarrhea:a[diarrhea]', 'hematochezia:n[non-bloody]']);
  });

  it('a urinary context makes it hematuria; the word after can give the context too', () => {
    assert.deepEqual(render('dysuria but no blood'), ['dysuria:a[dysuria]', 'hematuria:n[blood]']);
    assert.deepEqual(render('denies blood stools'), ['hematochezia:n[blood]']);
  });

  it('no context, or a context in another sentence, leaves "blood" unmatched', () => {
    assert.deepEqual(render('no blood'), []);
    assert.deepEqual(render('Diarrhea resolved. Donated blood last year.'), ['diarrhea:a[Diarrhea]']);
    assert.deepEqual(render('diarrhea, no blood in urine'), ['diarrhea:a[diarrhea]', 'hematuria:n[blood in urine]']);
  });

  it('"in it" or a bare fragment points back to the excretion of the sentences before', () => {
    assert.deepEqual(render('Diarrhea since Monday. No blood in it.'), ['diarrhea:a[Diarrhea]', 'hematochezia:n[blood]']);
    assert.deepEqual(render('Diarrhea x 4 days. Watery, large volume. Nonbloody.'), ['diarrhea:a[Diarrhea]', 'hematochezia:n[Nonbloody]']);
    // Not a fragment, and not pointing back: the other sentence's diarrhea stays apart.
    assert.deepEqual(render('Diarrhea resolved. Donated blood last year.'), ['diarrhea:a[Diarrhea]']);
    // Six sentence ends back is too far.
    assert.deepEqual(render('Diarrhea. One. Two. Three. Four. Five. No blood in it.'), ['diarrhea:a[Diarrhea]']);
    assert.deepEqual(render('Diarrhea. One. Two. Three. Four. No blood in it.'), ['diarrhea:a[Diarrhea]', 'hematochezia:n[blood]']);
  });
});

describe('matcher: quotation marks inside a phrase', () => {
  const lex = compileLexicon([{ id: 'thyroid-fh', label: 'family history of thyroid disease', synonyms: ['aunt with thyroid trouble'] }]);
  it('a phrase quoted in part still matches', () => {
    const text = 'Aunt with "thyroid trouble" years ago';
    const found = findMentions(text, lex);
    assert.equal(found.length, 1);
    assert.equal(found[0]?.concept, 'thyroid-fh');
  });
});

describe('matcher: misspelt later words of a phrase', () => {
  const lex = compileLexicon([
    { id: 'irregular-menses', label: 'irregular menses', synonyms: ['irregular periods'] },
    { id: 'menorrhagia', label: 'heavy menses', synonyms: ['heavy periods'] },
  ]);
  it('a near spelling continues a phrase whose first word matched exactly', () => {
    const text = 'irregular peroids for a year';
    assert.deepEqual(findMentions(text, lex).map((m) => text.slice(m.span.start, m.span.end)), ['irregular peroids']);
  });
  it('but does not start one', () => {
    assert.deepEqual(findMentions('peroids only', lex), []);
  });
  it('a misspelt first word counts only when the rest of the phrase follows', () => {
    const text = 'irreguler periods';
    assert.deepEqual(findMentions(text, lex).map((m) => m.concept), ['irregular-menses']);
    assert.deepEqual(findMentions('irreguler heartbeat', lex), []);
  });
});

describe('matcher: "w/" and "w" for "with" inside a phrase', () => {
  const lex = compileLexicon([{ id: 'dysuria', label: 'dysuria', synonyms: ['burning with urination'] }]);
  it('matches the phrase written with the shorthand', () => {
    for (const text of ['burning w/ urination', 'burning w urination']) {
      assert.deepEqual(findMentions(text, lex).map((m) => text.slice(m.span.start, m.span.end)), [text]);
    }
  });
});
