import assert from 'node:assert/strict';
import { LineIndex } from '../../src/core/text/lineIndex';

describe('LineIndex', () => {
  it('counts lines for \\n, \\r\\n and lone \\r', () => {
    assert.equal(new LineIndex('').lineCount, 1);
    assert.equal(new LineIndex('a').lineCount, 1);
    assert.equal(new LineIndex('a\nb').lineCount, 2);
    assert.equal(new LineIndex('a\r\nb\rc\n').lineCount, 4);
  });

  it('gives line spans without the line break', () => {
    const text = 'ab\r\ncd\ref\n\ngh';
    const index = new LineIndex(text);
    const lines = [0, 1, 2, 3, 4].map((line) => {
      const span = index.lineSpan(line);
      return text.slice(span.start, span.end);
    });
    assert.deepEqual(lines, ['ab', 'cd', 'ef', '', 'gh']);
  });

  it('agrees with splitting on every mix of \\n, \\r\\n and lone \\r', () => {
    const pieces = ['a', 'bc', '\n', '\r', '\r\n', '\n\r', ''];
    let seed = 7;
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let at = 0; at < 8; at++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pieces[seed % pieces.length];
      }
      const index = new LineIndex(text);
      const lines = Array.from({ length: index.lineCount }, (_, line) => {
        const span = index.lineSpan(line);
        return text.slice(span.start, span.end);
      });
      assert.deepEqual(lines, text.split(/\r\n|\r|\n/), JSON.stringify(text));
    }
  });

  it('maps offsets to positions and back', () => {
    const text = 'ab\r\ncd\ref\nxyz';
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const position = index.positionAt(offset);
      if (text.charAt(offset - 1) === '\r' && text.charAt(offset) === '\n') continue; // inside a CRLF
      assert.equal(index.offsetAt(position), offset, `offset ${offset}`);
    }
    assert.deepEqual(index.positionAt(4), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(7), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(text.length), { line: 3, character: 3 });
  });

  it('clamps out-of-range input', () => {
    const index = new LineIndex('ab\ncd');
    assert.deepEqual(index.positionAt(-5), { line: 0, character: 0 });
    assert.deepEqual(index.positionAt(99), { line: 1, character: 2 });
    assert.equal(index.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(index.offsetAt({ line: 9, character: 0 }), 5);
    assert.equal(index.offsetAt({ line: -1, character: 3 }), 0);
  });

  it('converts spans to ranges', () => {
    const index = new LineIndex('hello\r\nworld');
    assert.deepEqual(index.rangeOf({ start: 3, end: 9 }), {
      start: { line: 0, character: 3 },
      end: { line: 1, character: 2 },
    });
  });

  it('finds lines by binary search in a large text', () => {
    const text = 'x\n'.repeat(100_000);
    const index = new LineIndex(text);
    assert.equal(index.lineCount, 100_001);
    assert.deepEqual(index.positionAt(2 * 54_321 + 1), { line: 54_321, character: 1 });
  });
});
