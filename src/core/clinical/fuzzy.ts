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

/**
 * Whether `a` and `b` are at most one edit apart (substitution, insertion, deletion or adjacent
 * transposition): damerauLevenshtein(a, b, 1) <= 1, in one pass with nothing allocated.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const n = a.length;
  const m = b.length;
  if (n - m > 1 || m - n > 1) return false;
  let k = 0;
  while (k < n && k < m && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  if (k === n || k === m) return true;
  if (n > m) return sameTail(a, k + 1, b, k);
  if (m > n) return sameTail(a, k, b, k + 1);
  if (sameTail(a, k + 1, b, k + 1)) return true;
  return a.charCodeAt(k) === b.charCodeAt(k + 1) && a.charCodeAt(k + 1) === b.charCodeAt(k) && sameTail(a, k + 2, b, k + 2);
}

/** Whether a from `i` on and b from `j` on are the same characters. */
function sameTail(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

const QWERTY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const VOWELS = 'aeiouy';

/** Keys next to each other on a QWERTY keyboard (same row or the row above/below, offset ≤ 1). */
function adjacentKeys(x: string, y: string): boolean {
  let rx = -1;
  let cx = -1;
  let ry = -1;
  let cy = -1;
  QWERTY_ROWS.forEach((row, r) => {
    if (row.includes(x)) {
      rx = r;
      cx = row.indexOf(x) + r * 0.5;
    }
    if (row.includes(y)) {
      ry = r;
      cy = row.indexOf(y) + r * 0.5;
    }
  });
  if (rx < 0 || ry < 0) return false;
  return Math.abs(rx - ry) <= 1 && Math.abs(cx - cy) <= 1;
}

/** A substitution a typist plausibly makes: vowel for vowel ("nausia") or a neighbouring key. */
function plausibleSubstitution(x: string, y: string): boolean {
  return (VOWELS.includes(x) && VOWELS.includes(y)) || adjacentKeys(x, y);
}

/** Whether `a` is `b` with two letters one apart exchanged ("intorelance" for "intolerance"). */
function exchangesAcrossOne(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (first !== -1) return i === first + 2 && a[i] === b[first] && a[first] === b[i] && a.slice(i + 1) === b.slice(i + 1);
    first = i;
  }
  return false;
}

/**
 * Whether an optimal alignment of `a` to `b` uses only plausible typos: insertions, deletions,
 * transpositions, two letters one apart exchanged, and substitutions of vowels or neighbouring keys. "blank" is one substitution
 * from "black" but n→c is no typo; "nausia" → "nausea" is. Five-letter words differ from other
 * words by one vowel too often ("block"/"black"), so callers disallow substitutions there.
 */
export function plausibleTypo(a: string, b: string, allowSubstitution = true): boolean {
  if (exchangesAcrossOne(a, b)) return true;
  const n = a.length;
  const m = b.length;
  const d: number[][] = [];
  for (let i = 0; i <= n; i++) {
    const row = new Array<number>(m + 1).fill(0);
    row[0] = i;
    d.push(row);
  }
  const at = (i: number, j: number): number => (d[i] as number[])[j] as number;
  for (let j = 0; j <= m; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = v;
    }
  }
  // Walk back, preferring matches, transpositions and indels to substitutions.
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = at(i, j);
    if (i > 0 && j > 0 && a[i - 1] === b[j - 1] && at(i - 1, j - 1) === here) {
      i--;
      j--;
    } else if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && at(i - 2, j - 2) === here - 1) {
      i -= 2;
      j -= 2;
    } else if (i > 0 && at(i - 1, j) === here - 1) {
      i--;
    } else if (j > 0 && at(i, j - 1) === here - 1) {
      j--;
    } else {
      if (!allowSubstitution || !plausibleSubstitution(a[i - 1] as string, b[j - 1] as string)) return false;
      i--;
      j--;
    }
  }
  return true;
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
    'medical social surgical current currently previous previously without within ' +
    // Exam and note words one or two letters away from a finding ("palpation" / "palpitation").
    'palpation palpable palpate palpated auscultation percussion afebrile asymptomatic nontender tender ' +
    'examination exam normal abnormal regular irregular symmetric bilateral unilateral sneezing sneeze ' +
    'breathing breath sleeping eating feeling feelings person persons station stations motion lotion ' +
    'reaction ration relation station nation patients parents partner partners ' +
    'block blocked lived filling heading contract contracts conclusion draining grain internet derive driven ' +
    'driver funding initiate campaign conforms distinction backed backing alive beast joins activate ' +
    'compliant complaint balanced decrease increase deliver delivered flushing difficult confusing ' +
    'selling seats situation specially splitting spanning blocking prediction intersect thought ' +
    // Exam words one letter from a symptom ("reflex" / "reflux").
    'reflex reflexes'
  ).split(/\s+/),
);

function deletions(word: string, out: Set<string>): void {
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
}

/** Vocabulary indexed by deletions for distance ≤ 2 look-ups. */
export class FuzzyIndex {
  private readonly deletes = new Map<string, string[]>();
  private readonly vocabulary: ReadonlySet<string>;
  /** No word longer than this can be two edits from a target; longer words are never looked up. */
  private readonly maxLookupLength: number;
  private readonly firstLetterMayDrop: boolean;

  /**
   * @param targets words a misspelling may be corrected into
   * @param known words that are never corrected (they are right as written); defaults to `targets`
   * @param options keepCommonTargets: common words may be targets too (for look-ups constrained by
   *   the rest of a phrase, "irreguar periods"); firstLetterMayDrop: a word may have lost its first
   *   letter and nothing else ("skin hanges"), for those constrained look-ups too
   */
  constructor(
    targets: Iterable<string>,
    known?: Iterable<string>,
    options?: { readonly keepCommonTargets?: boolean; readonly firstLetterMayDrop?: boolean },
  ) {
    const vocab = new Set<string>();
    const keepCommon = options?.keepCommonTargets ?? false;
    this.firstLetterMayDrop = options?.firstLetterMayDrop ?? false;
    for (const w of targets) {
      if (w.length >= FUZZY_MIN_LENGTH && /^[a-z]+$/.test(w) && (keepCommon || !COMMON_WORDS.has(w))) vocab.add(w);
    }
    this.vocabulary = new Set(known ?? vocab);
    this.maxLookupLength = Math.max(0, ...[...vocab].map((w) => w.length)) + 2;
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
   * is too short, not purely alphabetic, or a common word). The first letter must be right (typos
   * rarely hit it, and "afebrile" must not become "febrile"), unless the index lets it be dropped;
   * two edits need lengths within one.
   */
  lookup(word: string): string[] {
    // Generating deletions is cubic in word length: a pasted 100 KB "word" must not stall the check.
    if (word.length > this.maxLookupLength) return [];
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
      if (c[0] !== word[0] && !(this.firstLetterMayDrop && c.slice(1) === word)) continue;
      const d = damerauLevenshtein(word, c, max);
      // Two edits only when the vocabulary word is long enough as well and the lengths are close.
      if (d === 2 && (c.length < FUZZY_TWO_EDITS_LENGTH - 1 || Math.abs(c.length - word.length) > 1)) continue;
      if (d > max || d > best || !plausibleTypo(word, c, word.length > FUZZY_MIN_LENGTH)) continue;
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
