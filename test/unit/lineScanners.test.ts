import assert from 'node:assert/strict';
import { bulletEnd, headingMarkEnd, indentEnd, skipSpacesAndTabs } from '../../src/core/note/lines';

// The parser's line scanners are loops for speed; these are the regular expressions they stand for.
function stickyEnd(regex: RegExp, text: string, at: number): number {
  regex.lastIndex = at;
  return regex.exec(text) ? regex.lastIndex : at;
}

const PIECES = [' ', '\t', '\uFEFF', '#', '-', '*', '+', '\u2022', '\u25e6', 'a', '1', '.'];

function randomLines(count: number): string[] {
  let seed = 11;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: count }, () => Array.from({ length: next() % 12 }, () => PIECES[next() % PIECES.length]).join(''));
}

describe('line scanners', () => {
  const lines = ['', '## History', '   ###### x', '    # code', '####### seven', '\uFEFF# BOM', '#', '- item', '-item', ...randomLines(3000)];

  it('headingMarkEnd matches an ATX heading mark, else 0', () => {
    for (const line of lines) assert.equal(headingMarkEnd(line), stickyEnd(/\uFEFF?[ \t]{0,3}#{1,6}(?:[ \t]+|$)/y, line, 0), JSON.stringify(line));
  });

  it('indentEnd skips spaces, tabs and byte-order marks', () => {
    for (const line of lines) assert.equal(indentEnd(line), stickyEnd(/[ \t\uFEFF]*/y, line, 0), JSON.stringify(line));
  });

  it('skipSpacesAndTabs and bulletEnd agree with their patterns at every offset', () => {
    for (const line of lines) {
      for (let at = 0; at <= line.length; at++) {
        assert.equal(skipSpacesAndTabs(line, at), stickyEnd(/[ \t]*/y, line, at), JSON.stringify(line));
        assert.equal(bulletEnd(line, at), stickyEnd(/[-*+\u2022\u25e6][ \t]+/y, line, at), JSON.stringify(line));
      }
    }
  });
});
