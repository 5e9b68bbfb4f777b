// A trie of word-id phrases frozen into flat integer arrays. The findings lexicon has some 17,000
// nodes; as objects with a Map each they filled megabytes, and a phrase walk waited on memory at every
// step. Here a step reads a few neighbouring numbers.

/** The node a walk starts from. */
export const ROOT = 0;
/** What `child` gives when there is no such child. */
export const NO_NODE = -1;

/** Children up to this many are scanned in order; more (the root's) are binary-searched. */
const LINEAR_SCAN_MAX = 8;

export class FlatTrie<V> {
  constructor(
    /** Per node: where its children start in childKeys/childNodes, and how many it has. */
    private readonly firstChild: Int32Array,
    private readonly childCount: Int32Array,
    /** Each node's children's keys, sorted, and the child nodes in the same order. */
    private readonly childKeys: Int32Array,
    private readonly childNodes: Int32Array,
    /** Per node: the values of the phrases ending there. */
    readonly values: ReadonlyArray<readonly V[]>,
    /** Per node: 1 when some phrase ends there. */
    readonly endsPhrase: Uint8Array,
  ) {}

  /** The child of `node` under `key`, or NO_NODE. */
  child(node: number, key: number): number {
    const from = this.firstChild[node] as number;
    const count = this.childCount[node] as number;
    const keys = this.childKeys;
    if (count <= LINEAR_SCAN_MAX) {
      for (let k = from; k < from + count; k++) if (keys[k] === key) return this.childNodes[k] as number;
      return NO_NODE;
    }
    let low = from;
    let high = from + count - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const at = keys[mid] as number;
      if (at === key) return this.childNodes[mid] as number;
      if (at < key) low = mid + 1;
      else high = mid - 1;
    }
    return NO_NODE;
  }

  hasChildren(node: number): boolean {
    return (this.childCount[node] as number) > 0;
  }
}

/** Builds a FlatTrie: insert the phrases, then freeze. */
export class TrieBuilder<V> {
  private readonly children: Array<Map<number, number>> = [new Map()];
  private readonly values: V[][] = [[]];

  /** The values of the phrase `keys` (its path made as needed), for the caller to add to. */
  valuesAt(keys: readonly number[]): V[] {
    let node = ROOT;
    for (const key of keys) {
      const children = this.children[node] as Map<number, number>;
      let next = children.get(key);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(new Map());
        this.values.push([]);
        children.set(key, next);
      }
      node = next;
    }
    return this.values[node] as V[];
  }

  freeze(): FlatTrie<V> {
    const nodeCount = this.children.length;
    const firstChild = new Int32Array(nodeCount);
    const childCount = new Int32Array(nodeCount);
    const edgeCount = nodeCount - 1;
    const childKeys = new Int32Array(edgeCount);
    const childNodes = new Int32Array(edgeCount);
    let at = 0;
    this.children.forEach((children, node) => {
      firstChild[node] = at;
      childCount[node] = children.size;
      for (const key of [...children.keys()].sort((a, b) => a - b)) {
        childKeys[at] = key;
        childNodes[at] = children.get(key) as number;
        at++;
      }
    });
    const endsPhrase = Uint8Array.from(this.values, (values) => (values.length > 0 ? 1 : 0));
    return new FlatTrie(firstChild, childCount, childKeys, childNodes, this.values, endsPhrase);
  }
}
