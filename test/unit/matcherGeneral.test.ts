import assert from 'node:assert/strict';
import { compileLexicon, findMentions } from '../../src/core/clinical/matcher';
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
