// Misspelling tolerance: Damerau-Levenshtein (optimal string alignment) with a deletion index
// (SymSpell style) so a look-up costs a few map probes instead of a scan of the vocabulary.

/** Optimal-string-alignment distance (adjacent transpositions count 1); stops early above `max`. */
export function damerauLevenshtein(a: string, b: string, max = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m] as number;
}

/** Minimum length of a token (and of the vocabulary word) for fuzzy matching. */
export const FUZZY_MIN_LENGTH = 5;
/** From this length on, two edits are tolerated. */
export const FUZZY_TWO_EDITS_LENGTH = 8;

export function maxEditsFor(length: number): number {
  if (length >= FUZZY_TWO_EDITS_LENGTH) return 2;
  if (length >= FUZZY_MIN_LENGTH) return 1;
  return 0;
}

/**
 * Common English and note words that must never be "corrected" into a lexicon word
 * ("eight" is not "weight", "there" is not "thee"...).
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'about above after again against along also although always among another around because been before began begin ' +
    'behind being below beside between blood body bring called came cannot cause caused chest child could daily during ' +
    'each early eight either every every family father first found friend from further given going great guess happy ' +
    'hasn\'t having heart hours house however husband into itself large later least leave level light little lower ' +
    'mainly maybe means might minutes month months morning mother never night noted notes number often other others ' +
    'over patient people place point pretty quite rather really reason recent recently right round said same school ' +
    'seven severe should since small sometimes sound spouse start started state states still story such taken taking ' +
    'than that their them then there these they thing things think those three through throughout today together ' +
    'tried under until upper usual usually very walked walking water weeks were what when where whether which while ' +
    'white whole would write years yesterday young daughter sister brother worse worst better while woman women ' +
    'eating drink drinks drinking smoke smokes works working place plays playing sleep sleeps doing tells told ' +
    'reports reported denies denied states stated notes endorses admits ' +
    'sharp dull mild moderate lasting times hours weekly change changes changed normal alone began begins ' +
    'thirty forty fifty sixty seventy eighty ninety twenty three seven eleven twelve ' +
    'medical social surgical current currently previous previously without within'
  ).split(/\s+/),
);

function deletions(word: string, out: Set<string>): void {
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
}

/** Vocabulary indexed by deletions for distance ≤ 2 look-ups. */
export class FuzzyIndex {
  private readonly deletes = new Map<string, string[]>();
  private readonly vocabulary: ReadonlySet<string>;

  constructor(vocabulary: Iterable<string>) {
    const vocab = new Set<string>();
    for (const w of vocabulary) {
      if (w.length >= FUZZY_MIN_LENGTH && /^[a-z]+$/.test(w)) vocab.add(w);
    }
    this.vocabulary = vocab;
    for (const w of vocab) {
      const keys = new Set<string>([w]);
      deletions(w, keys);
      // Distance-2 queries come from tokens of ≥ 8 letters; their targets have ≥ 6 letters.
      if (w.length >= FUZZY_TWO_EDITS_LENGTH - 2) {
        const d1 = [...keys];
        for (const k of d1) if (k !== w) deletions(k, keys);
      }
      for (const k of keys) {
        const list = this.deletes.get(k);
        if (list) list.push(w);
        else this.deletes.set(k, [w]);
      }
    }
  }

  /**
   * Vocabulary words nearest to `word` within the allowed distance (empty when none, when the word
   * is too short, not purely alphabetic, or a common word). Words of fewer than 8 letters must
   * keep their first letter.
   */
  lookup(word: string): string[] {
    const max = maxEditsFor(word.length);
    if (max === 0 || !/^[a-z]+$/.test(word) || COMMON_WORDS.has(word) || this.vocabulary.has(word)) return [];
    const probes = new Set<string>([word]);
    deletions(word, probes);
    if (max >= 2) for (const k of [...probes]) if (k !== word) deletions(k, probes);
    const candidates = new Set<string>();
    for (const p of probes) {
      const list = this.deletes.get(p);
      if (list) for (const w of list) candidates.add(w);
    }
    let best = max + 1;
    let found: string[] = [];
    for (const c of candidates) {
      if (c.length < FUZZY_MIN_LENGTH) continue;
      if (word.length < FUZZY_TWO_EDITS_LENGTH && c[0] !== word[0]) continue;
      const d = damerauLevenshtein(word, c, max);
      // Two edits only when the vocabulary word is long enough as well.
      if (d === 2 && c.length < FUZZY_TWO_EDITS_LENGTH - 1) continue;
      if (d < best) {
        best = d;
        found = [c];
      } else if (d === best) {
        found.push(c);
      }
    }
    return best <= max ? found : [];
  }
}
