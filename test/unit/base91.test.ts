// basE91: what encodeBase91 writes at build time, decodeBase91 reads back byte for byte in the bundle.
import { strict as assert } from 'node:assert';
import { BASE91_ALPHABET, decodeBase91, encodeBase91 } from '../../src/core/text/base91';

describe('basE91', () => {
  it('has 91 distinct symbols, none of them a quote, backslash or backtick', () => {
    assert.equal(new Set(BASE91_ALPHABET).size, 91);
    assert.doesNotMatch(BASE91_ALPHABET, /["\\`\s]/);
  });

  it('round-trips empty, short and random byte strings of every length up to 300', () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    for (let length = 0; length <= 300; length++) {
      const bytes = Uint8Array.from({ length }, next);
      assert.deepEqual(decodeBase91(encodeBase91(bytes)), bytes, `length ${length}`);
    }
    for (const edge of [[0], [255], [0, 0, 0], [255, 255, 255, 255]]) {
      assert.deepEqual(decodeBase91(encodeBase91(Uint8Array.from(edge))), Uint8Array.from(edge));
    }
  });

  it('is smaller than base64 on incompressible bytes', () => {
    const bytes = Uint8Array.from({ length: 9000 }, (_, k) => (k * 2654435761) >>> 24);
    assert.ok(encodeBase91(bytes).length < Buffer.from(bytes).toString('base64').length * 0.93);
  });
});
