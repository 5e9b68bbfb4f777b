import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize, type Token } from '../../src/core/clinical/normalize';
import { TokenizedText } from '../../src/core/clinical/tokenizedText';
import { wordId } from '../../src/core/text/wordIds';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** The tokenizer's definition as one regular expression: the hand-written scanner must agree with it. */
function referenceTokenize(text: string, from = 0, to = text.length): Token[] {
  const slice = text.slice(from, to);
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of slice.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\S/gu)) {
    const raw = m[0];
    const index = m.index ?? 0;
    const gap = slice.slice(prevEnd, index);
    const lower = raw.toLowerCase().replace(/’/g, "'");
    tokens.push({
      text: raw,
      lower,
      id: wordId(lower),
      start: from + index,
      end: from + index + raw.length,
      isWord: /^[\p{L}\p{N}]/u.test(raw),
      spaceBefore: tokens.length === 0 || gap.length > 0,
      newlineBefore: /[\n\r]/.test(gap),
    });
    prevEnd = index + raw.length;
  }
  return tokens;
}

const pieces = fc.constantFrom(
  'a', 'Z', '7', ' ', '\t', '\n', '\r\n', "'", '’', '-', '/', '(', ')', '+', ',', '.', 'é', 'ß', 'İ', 'µ', '°',
  '\u00a0', '\u2028', '\u3000', '😀', '\ud83d', '\ude00', '𝐀', '٣', 'don’t', "pt's", "x'2", 'b12', 'N/V',
);
const texts = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

describe('tokenize', () => {
  it('agrees with its regular-expression definition on mixed unicode text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        assert.deepEqual(tokenize(text), referenceTokenize(text));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with the definition on any region, including one that splits a surrogate pair', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        assert.deepEqual(tokenize(text, from, to), referenceTokenize(text, from, to));
      }),
      { numRuns: 500 },
    );
  });

  it('a note tokenized once gives any region the tokens tokenizing that region would, a cut through a word included', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        assert.deepEqual(new TokenizedText(text).tokensIn({ start, end }), tokenize(text, start, end));
      }),
      { numRuns: 500 },
    );
    // "HPI: chest pain" read from inside "chest": the region's own pieces, not the note's whole word.
    assert.deepEqual(new TokenizedText('HPI: chest pain').tokensIn({ start: 7, end: 15 }).map((t) => t.text), ['est', 'pain']);
    // A region opening on a line break: its first token comes after one, as tokenizing the region says.
    assert.equal(new TokenizedText('HPI: x\r\nchest pain').tokensIn({ start: 6, end: 19 })[0]?.newlineBefore, true);
  });

  it('gives every word its own text while thousands of new words fill the table of written forms and it grows', () => {
    // Words that differ only in case or in their last character share hash-table neighbourhoods.
    const words = Array.from({ length: 20_000 }, (_, k) => `${k % 2 === 0 ? 'Word' : 'wORD'}${k.toString(36)}${k % 3 === 0 ? "'s" : ''}`);
    const text = words.join(' ');
    assert.deepEqual(tokenize(text), referenceTokenize(text));
    assert.deepEqual(tokenize(text).map((t) => t.text), words);
  });

  it('keeps inner apostrophes and marks spaces and line breaks before a token', () => {
    const tokens = tokenize("pt’s  N/V\r\nx");
    assert.deepEqual(
      tokens.map((t) => [t.text, t.lower, t.spaceBefore, t.newlineBefore]),
      [
        ['pt’s', "pt's", true, false],
        ['N', 'n', true, false],
        ['/', '/', false, false],
        ['V', 'v', false, false],
        ['x', 'x', true, true],
      ],
    );
  });
});

describe('tokenize: memory', () => {
  it('keeps no note alive through the new long words it remembers', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const filler = 'x '.repeat(50_000);
    gc();
    const before = process.memoryUsage().heapUsed;
    // 40 notes of 200 KB, each with a word no note had before: kept as views into their notes, they would hold 8 MB.
    for (let i = 0; i < 40; i++) tokenize(`${filler} retainedwordcheck${String(i).padStart(4, '0')}xyz ${filler}`);
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    assert.ok(grown < 2_000_000, `heap grew by ${grown} bytes`);
  });
});
