// What the matcher reads in a text, as "concept:a" (affirmed) or "concept:n" (negated) per mention,
// and a table of such readings as one test per text: the shape the negation tests share.
import assert from 'node:assert/strict';
import { findMentions } from '../../src/core/clinical/matcher';
import { type CompiledLexicon } from '../../src/core/clinical/compiledLexicon';
import type { PolarityOptions } from '../../src/core/clinical/negation';

export type ReadingCases = ReadonlyArray<readonly [string, readonly string[]]>;

/** "concept:a|n" per mention, in order. */
export function readings(text: string, lexicon: CompiledLexicon, options?: PolarityOptions): string[] {
  return findMentions(text, lexicon, undefined, options).map((m) => `${m.concept}:${m.polarity === 'negated' ? 'n' : 'a'}`);
}

/** One test per text: `read` gives the expected readings. */
export function checkReadings(cases: ReadingCases, read: (text: string) => string[]): void {
  for (const [text, expected] of cases) it(JSON.stringify(text), () => assert.deepEqual(read(text), expected));
}
