import assert from 'node:assert/strict';
import { findMentions } from '../../src/core/clinical/matcher';
import { compileLexicon } from '../../src/core/clinical/compiledLexicon';
import type { LexiconEntry } from '../../src/core/clinical/types';

const LEX = compileLexicon([
  { id: 'alcohol-use', label: 'alcohol use', synonyms: ['alcohol', 'beers', 'wine'], generalSynonyms: ['drinking'] },
  { id: 'caffeine-use', label: 'caffeine use', synonyms: ['coffee', 'cups of coffee', 'tea'] },
  { id: 'smoking', label: 'smoking', synonyms: ['smoking'] },
] satisfies LexiconEntry[]);

function concepts(text: string): string[] {
  return findMentions(text, LEX).map((m) => `${m.concept}:${m.polarity}`);
}

describe('matcher: general synonyms yield to what follows them', () => {
  it('drops the general concept when a more specific one follows in the same phrase', () => {
    assert.deepEqual(concepts('She drinks two large cups of coffee every morning.'), ['caffeine-use:affirmed']);
    assert.deepEqual(concepts('drinking tea'), ['caffeine-use:affirmed']);
  });

  it('reads a number range as part of the phrase', () => {
    assert.deepEqual(concepts('drinking 3 or 4 cups of coffee a day'), ['caffeine-use:affirmed']);
  });

  it('keeps the specific mention of the same concept once', () => {
    assert.deepEqual(concepts('drinks about 4 beers on Saturdays'), ['alcohol-use:affirmed']);
  });

  it('keeps the general concept when the list moves on', () => {
    assert.deepEqual(concepts('No smoking, drinking or coffee.'), ['smoking:negated', 'alcohol-use:negated', 'caffeine-use:negated']);
    assert.deepEqual(concepts('Drinks on weekends; coffee daily.'), ['alcohol-use:affirmed', 'caffeine-use:affirmed']);
    assert.deepEqual(concepts('drinking\ncoffee: none'), ['alcohol-use:affirmed', 'caffeine-use:negated']);
  });

  it('keeps it when nothing specific follows closely', () => {
    assert.deepEqual(concepts('drinking every weekend at home with his friends then coffee'), ['alcohol-use:affirmed', 'caffeine-use:affirmed']);
  });
});

describe('matcher: phrases that say a concept is absent', () => {
  const lexicon = compileLexicon([
    { id: 'domestic-violence', label: 'intimate partner violence', synonyms: ['domestic violence'], absentSynonyms: ['feels safe at home'] },
    { id: 'sexually-active', label: 'sexually active', synonyms: ['sexually active'], absentSynonyms: ['abstinent'] },
  ] satisfies LexiconEntry[]);
  const render = (text: string): string[] => findMentions(text, lexicon).map((m) => `${m.concept}:${m.polarity}`);

  it('documents the concept as negated', () => {
    assert.deepEqual(render('Feels safe at home. Abstinent since last year.'), ['domestic-violence:negated', 'sexually-active:negated']);
  });

  it('is affirmed when itself negated', () => {
    assert.deepEqual(render('She does not feel safe at home.'), ['domestic-violence:affirmed']);
    assert.deepEqual(render('Is not currently abstinent.'), ['sexually-active:affirmed']);
  });

  it('is not reversed by a negated list that runs over it', () => {
    assert.deepEqual(render('Denies domestic violence and feels safe at home.'), ['domestic-violence:negated', 'domestic-violence:negated']);
  });

  it('leaves the ordinary synonyms alone', () => {
    assert.deepEqual(render('Denies domestic violence; sexually active with one partner.'), ['domestic-violence:negated', 'sexually-active:affirmed']);
  });
});

describe('matcher: phrases excluded for a concept', () => {
  const lexicon = compileLexicon([
    { id: 'trauma', label: 'trauma', synonyms: ['fall', 'fell'], excludedPhrases: ['fall asleep', 'fell asleep', 'this fall'] },
    { id: 'palpitations', label: 'palpitations', synonyms: ['pounding', 'heart pounding'], excludedPhrases: ['pounding headache'] },
    { id: 'headache', label: 'headache', synonyms: ['headache'] },
    { id: 'insomnia', label: 'insomnia', synonyms: ['trouble falling asleep'] },
  ] satisfies LexiconEntry[]);
  const render = (text: string): string[] => findMentions(text, lexicon).map((m) => `${m.concept}:${m.polarity}`);

  it('names nothing where the longer phrase is excluded', () => {
    assert.deepEqual(render('Falls asleep at his desk; moved here this fall.'), []);
  });

  it('leaves the other concepts named inside the excluded phrase', () => {
    assert.deepEqual(render('A pounding headache since noon.'), ['headache:affirmed']);
  });

  it('still finds the concept elsewhere and the longer synonyms', () => {
    assert.deepEqual(render('Fell down the stairs. No trouble falling asleep. Heart pounding at night.'), ['trauma:affirmed', 'insomnia:negated', 'palpitations:affirmed']);
  });
});
