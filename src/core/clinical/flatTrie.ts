// A trie of word-id phrases frozen into flat integer arrays. The findings lexicon has some 17,000
// nodes; as objects with a Map each they filled megabytes, and a phrase walk waited on memory at every
// step. Here a step reads a few neighbouring numbers, and what a step reads together is stored together
// (a node's first child and count; an edge's key and child).

/** The node a walk starts from. */
export const ROOT = 0;
/** What `child` gives when there is no such child. */
export const NO_NODE = -1;

/** Children up to this many are scanned in order; more (the root's) are binary-searched. */
const LINEAR_SCAN_MAX = 8;

// Each node is two numbers in `nodeInfo`: where its children start in `edges`, then its child count
// shifted past a flag bit that says whether a phrase ends there. Each edge is two numbers in `edges`:
// its key, then its child node.
const NODE_STRIDE = 2;
const EDGE_STRIDE = 2;
const ENDS_PHRASE = 1;
const FLAG_BITS = 1;

export class FlatTrie<V> {
  constructor(
    private readonly nodeInfo: Int32Array,
    /** Each node's children as (key, node) pairs, sorted by key, one node's children together. */
    private readonly edges: Int32Array,
    /** Per node: the values of the phrases ending there. */
    readonly values: ReadonlyArray<readonly V[]>,
  ) {}

  /** The child of `node` under `key`, or NO_NODE. */
  child(node: number, key: number): number {
    const first = this.nodeInfo[node * NODE_STRIDE] as number;
    const count = (this.nodeInfo[node * NODE_STRIDE + 1] as number) >>> FLAG_BITS;
    const edges = this.edges;
    if (count <= LINEAR_SCAN_MAX) {
      const end = (first + count) * EDGE_STRIDE;
      for (let at = first * EDGE_STRIDE; at < end; at += EDGE_STRIDE) if (edges[at] === key) return edges[at + 1] as number;
      return NO_NODE;
    }
    let low = first;
    let high = first + count - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const at = edges[mid * EDGE_STRIDE] as number;
      if (at === key) return edges[mid * EDGE_STRIDE + 1] as number;
      if (at < key) low = mid + 1;
      else high = mid - 1;
    }
    return NO_NODE;
  }

  /** The keys of `node`'s children, in order. */
  childKeysOf(node: number): number[] {
    const first = this.nodeInfo[node * NODE_STRIDE] as number;
    const count = (this.nodeInfo[node * NODE_STRIDE + 1] as number) >>> FLAG_BITS;
    const keys: number[] = [];
    for (let k = first; k < first + count; k++) keys.push(this.edges[k * EDGE_STRIDE] as number);
    return keys;
  }

  hasChildren(node: number): boolean {
    return (this.nodeInfo[node * NODE_STRIDE + 1] as number) >>> FLAG_BITS > 0;
  }

  /** Whether some phrase ends at `node`. */
  endsPhrase(node: number): boolean {
    return ((this.nodeInfo[node * NODE_STRIDE + 1] as number) & ENDS_PHRASE) !== 0;
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
    const nodeInfo = new Int32Array(this.children.length * NODE_STRIDE);
    const edges = new Int32Array((this.children.length - 1) * EDGE_STRIDE);
    let at = 0;
    this.children.forEach((children, node) => {
      const ends = (this.values[node] as V[]).length > 0 ? ENDS_PHRASE : 0;
      nodeInfo[node * NODE_STRIDE] = at;
      nodeInfo[node * NODE_STRIDE + 1] = (children.size << FLAG_BITS) | ends;
      for (const key of [...children.keys()].sort((a, b) => a - b)) {
        edges[at * EDGE_STRIDE] = key;
        edges[at * EDGE_STRIDE + 1] = children.get(key) as number;
        at++;
      }
    });
    return new FlatTrie(nodeInfo, edges, this.values);
  }
}
