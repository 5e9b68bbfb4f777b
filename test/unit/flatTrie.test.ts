import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { NO_NODE, ROOT, TrieBuilder } from '../../src/core/clinical/flatTrie';

/** The phrase's node, walked key by key; NO_NODE when the trie lacks it. */
function nodeOf(trie: ReturnType<TrieBuilder<string>['freeze']>, keys: readonly number[]): number {
  let node = ROOT;
  for (const key of keys) {
    node = trie.child(node, key);
    if (node === NO_NODE) return NO_NODE;
  }
  return node;
}

describe('FlatTrie', () => {
  it('finds every inserted phrase with its values, and no phrase that was not inserted', () => {
    const phrase = fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 60 }), fc.array(phrase, { maxLength: 20 }), (inserted, probes) => {
        const builder = new TrieBuilder<string>();
        for (const keys of inserted) builder.valuesAt(keys).push(keys.join(' '));
        const trie = builder.freeze();
        const ends = new Set(inserted.map((keys) => keys.join(' ')));
        const prefixes = new Set(inserted.flatMap((keys) => keys.map((_, k) => keys.slice(0, k + 1).join(' '))));
        for (const keys of [...inserted, ...probes]) {
          const node = nodeOf(trie, keys);
          const text = keys.join(' ');
          assert.equal(node !== NO_NODE, prefixes.has(text), text);
          if (node === NO_NODE) continue;
          assert.equal(trie.endsPhrase[node] === 1, ends.has(text), text);
          if (ends.has(text)) assert.ok(trie.values[node]?.every((value) => value === text), text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('searches a node with many children (the root) as surely as one with few', () => {
    const builder = new TrieBuilder<number>();
    for (let key = 0; key < 500; key += 5) builder.valuesAt([key, 1]).push(key);
    const trie = builder.freeze();
    for (let key = 0; key < 500; key++) {
      const node = trie.child(ROOT, key);
      assert.equal(node !== NO_NODE, key % 5 === 0, String(key));
      if (node !== NO_NODE) {
        assert.equal(trie.hasChildren(node), true);
        assert.deepEqual(trie.values[trie.child(node, 1)], [key]);
        assert.equal(trie.child(node, 2), NO_NODE);
      }
    }
  });
});
