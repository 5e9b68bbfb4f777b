// Table-driven cases for the built-in findings lexicon: a sentence and a concept it should (or
// should not) yield, each case its own `it`, so a failure names the sentence.
import assert from 'node:assert/strict';
import { builtinKnowledge } from '../../src/core/clinical/data/index';
import { findMentions } from '../../src/core/clinical/matcher';
import { compileLexicon } from '../../src/core/clinical/compiledLexicon';

const LEX = compileLexicon(builtinKnowledge.findings);

/** "concept:a|n" for each mention. */
function concepts(text: string): string[] {
  return findMentions(text, LEX).map((m) => `${m.concept}:${m.polarity[0]}`);
}

/** Each sentence yields the mention "concept:a" (affirmed) or "concept:n" (negated). */
export function expectFound(cases: ReadonlyArray<readonly [string, string]>): void {
  for (const [text, expected] of cases) {
    it(`"${text}" -> ${expected}`, () => assert.ok(concepts(text).includes(expected), `${text}: ${concepts(text).join(' ')}`));
  }
}

/** Each sentence yields no mention of the concept, whatever its polarity. */
export function expectAbsent(cases: ReadonlyArray<readonly [string, string]>): void {
  for (const [text, concept] of cases) {
    it(`"${text}" has no ${concept}`, () => assert.ok(!concepts(text).some((c) => c.startsWith(`${concept}:`)), `${text}: ${concepts(text).join(' ')}`));
  }
}

/** Each sentence does not yield the mention "concept:a" or "concept:n" (it may yield the other polarity). */
export function expectNotFound(cases: ReadonlyArray<readonly [string, string]>): void {
  for (const [text, mention] of cases) {
    it(`"${text}" does not yield ${mention}`, () => assert.ok(!concepts(text).includes(mention), `${text}: ${concepts(text).join(' ')}`));
  }
}
