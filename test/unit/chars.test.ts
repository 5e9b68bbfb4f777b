// The character tests that replace one-character regular expressions answer exactly as those did.
import assert from 'node:assert/strict';
import { isDigit, isOneOf, isWhitespace, startsWithDigit } from '../../src/core/text/chars';
import { isLeadingMarkup, isTrailingPunctuation } from '../../src/core/note/lines';

/** Every UTF-16 code unit, as a one-character string. */
const ALL_UNITS = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));

function disagreements(test: (text: string) => boolean, regex: RegExp): string[] {
  return ALL_UNITS.filter((unit) => test(unit) !== regex.test(unit)).map((unit) => `U+${unit.charCodeAt(0).toString(16)}`);
}

describe('character tests', () => {
  it('isWhitespace is \\s on every code unit', () => {
    assert.deepEqual(disagreements((unit) => isWhitespace(unit.charCodeAt(0)), /\s/), []);
    assert.equal(isWhitespace(''.charCodeAt(0)), false);
  });

  it('isDigit and startsWithDigit are \\d and ^\\d', () => {
    assert.deepEqual(disagreements((unit) => isDigit(unit.charCodeAt(0)), /\d/), []);
    for (const text of ['', '1', 'a1', '٣', '12x', ' 1']) assert.equal(startsWithDigit(text), /^\d/.test(text), text);
  });

  it('isOneOf reads one character and nothing past either end', () => {
    assert.equal(isOneOf('a;b', 1, '.;'), true);
    assert.equal(isOneOf('a;b', 0, '.;'), false);
    assert.equal(isOneOf('a;b', 3, '.;'), false);
    assert.equal(isOneOf('a;b', -1, '.;'), false);
  });

  it('the note scanners are the character classes they replace', () => {
    assert.deepEqual(disagreements((unit) => isTrailingPunctuation(unit, 0), /[\s.,;:*_]/), []);
    assert.deepEqual(disagreements((unit) => isLeadingMarkup(unit, 0), /[\s*_]/), []);
  });
});
