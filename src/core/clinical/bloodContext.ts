// "Blood" standing alone takes its meaning from the excretion or symptom just named in the same
// clause: "diarrhea, no blood" is about blood in the stool, "urinating without blood" about
// hematuria. Only when such a context is within a few tokens; never across a sentence end.
import type { Token } from './normalize';
import { PerWordBits } from '../text/wordIds';
// "bld" is the shorthand: "no bld in urine".
const BLOOD_WORD = /^(?:bl+o+u?d+(?:y|ied)?|bld)$/;
const NON_BLOOD_WORD = /^non-?(bl+o+u?d+(?:y|ied)?)$/;
/** Concept of "blood" after a mention of these concepts. */
const BLOOD_AFTER_CONCEPT: ReadonlyMap<string, string> = new Map([
  ['diarrhea', 'hematochezia'],
  ['constipation', 'hematochezia'],
  ['change-in-bowel-habits', 'hematochezia'],
  // "normal brown color, no blood": a word on the stool's colour makes the stool the context.
  ['melena', 'hematochezia'],
  ['vomiting', 'hematemesis'],
  ['cough', 'hemoptysis'],
  ['dysuria', 'hematuria'],
  ['urinary-frequency', 'hematuria'],
  ['urinary-urgency', 'hematuria'],
]);
/** Concept of "blood" next to these words. */
const BLOOD_NEAR_WORD: ReadonlyMap<string, string> = new Map([
  ['stool', 'hematochezia'],
  ['poop', 'hematochezia'],
  ['poops', 'hematochezia'],
  ['poo', 'hematochezia'],
  ['stools', 'hematochezia'],
  ['bm', 'hematochezia'],
  ['bms', 'hematochezia'],
  ['bowel', 'hematochezia'],
  ['bowels', 'hematochezia'],
  ['feces', 'hematochezia'],
  ['wipe', 'hematochezia'],
  ['wipes', 'hematochezia'],
  ['wiping', 'hematochezia'],
  ['rectum', 'hematochezia'],
  ['faeces', 'hematochezia'],
  ['evacuation', 'hematochezia'],
  ['evacuations', 'hematochezia'],
  ['defecation', 'hematochezia'],
  ['urine', 'hematuria'],
  ['urination', 'hematuria'],
  ['urinating', 'hematuria'],
  ['urinates', 'hematuria'],
  ['pee', 'hematuria'],
  ['pees', 'hematuria'],
  ['peeing', 'hematuria'],
  ['vomit', 'hematemesis'],
  ['vomitus', 'hematemesis'],
  ['emesis', 'hematemesis'],
  ['sputum', 'hemoptysis'],
  ['catarrh', 'hemoptysis'],
  ['phlegm', 'hemoptysis'],
]);
/** Words after "blood" that make it something other than bleeding: "blood pressure is fine when she coughs". */
const NOT_BLEEDING_AFTER = new Set([
  'pressure', 'pressures', 'sugar', 'sugars', 'glucose', 'test', 'tests', 'work', 'count', 'counts', 'thinner', 'thinners',
  'type', 'donation', 'transfusion', 'transfusions', 'culture', 'cultures', 'draw', 'level', 'levels',
]);
/** Words after "blood" that tie it to the finding named next: "no blood when she coughs", "no blood w/ cough". */
const MOMENT_WORDS = new Set(['when', 'with', 'w', 'while', 'during']);
/** Tokens looked back (to the context before "blood") and ahead ("blood stools"). */
const BLOOD_LOOK_BACK = 15;
const BLOOD_LOOK_AHEAD = 6;
/** Tokens looked back across sentence ends when the blood word points back ("no blood in it"). */
const BLOOD_LOOK_BACK_SENTENCES = 80;
/** Sentence ends such a look-back crosses at most. */
const MAX_SENTENCES_BACK = 5;

/** Bits of BLOOD_KIND. */
const BLOOD = 2;
const NON_BLOOD = 4;

/** Which of the two patterns a word matches, worked out once per word: every token of a region is asked. */
const BLOOD_KIND = new PerWordBits<Token>((tok) => (BLOOD_WORD.test(tok.lower) ? BLOOD : 0) | (NON_BLOOD_WORD.test(tok.lower) ? NON_BLOOD : 0));

function isBloodWord(tok: Token): boolean {
  return tok.isWord && (BLOOD_KIND.of(tok) & (BLOOD | NON_BLOOD)) !== 0;
}

function clauseBreak(tok: Token): boolean {
  return tok.newlineBefore || tok.text === '.' || tok.text === ';' || tok.text === '!' || tok.text === '?';
}

/** A span the lexicon already matched, with the concepts it names. */
export interface MatchedSpan {
  readonly start: number;
  readonly end: number;
  readonly concepts: readonly { readonly id: string }[];
}

/** A lone "blood" word read in its context: the concept it names and whether "non" negates it. */
export interface BloodMention {
  readonly start: number;
  readonly end: number;
  readonly concept: string;
  readonly negated: boolean;
}

/** For each token, the index into `matched` (sorted by start) of the span covering it, or -1. */
export function coveringMatchIndex(tokens: readonly Token[], matched: readonly MatchedSpan[]): number[] {
  const matchAt = new Array<number>(tokens.length).fill(-1);
  let r = 0;
  tokens.forEach((t, k) => {
    while (r < matched.length && (matched[r] as MatchedSpan).end <= t.start) r++;
    const m = matched[r];
    if (m && m.start <= t.start && t.end <= m.end) matchAt[k] = r;
  });
  return matchAt;
}

/**
 * "blood"/"bloody" (or "nonbloody") where the lexicon matched nothing, each with its context concept.
 * `coverage` gives coveringMatchIndex of `matched`, computed by the caller at most once.
 */
export function bloodMentions(tokens: readonly Token[], matched: readonly MatchedSpan[], coverage: () => readonly number[]): BloodMention[] {
  if (!tokens.some(isBloodWord)) return [];
  const context = new BloodContext(tokens, matched, coverage());
  const out: BloodMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = context.bloodWordAt(i);
    if (!word) continue;
    const concept = context.conceptAround(word.first, i) ?? context.conceptBefore(word.first, i);
    if (concept) out.push({ start: (tokens[word.first] as Token).start, end: (tokens[i] as Token).end, concept, negated: word.negated });
  }
  return out;
}

/** The tokens of a region with, for each, the matched span that covers it. */
class BloodContext {
  constructor(
    private readonly tokens: readonly Token[],
    private readonly matched: readonly MatchedSpan[],
    /** Index into `matched` of the span covering each token, or -1. */
    private readonly matchAt: readonly number[],
  ) {}

  /** A blood word at token i outside any match: where it starts ("non bloody", "non-bloody") and whether it is negated. */
  bloodWordAt(i: number): { first: number; negated: boolean } | undefined {
    const { tokens, matchAt } = this;
    const tok = tokens[i] as Token;
    if (matchAt[i] !== -1 || !tok.isWord) return undefined;
    const kind = BLOOD_KIND.of(tok);
    if ((kind & NON_BLOOD) !== 0) return { first: i, negated: true };
    if ((kind & BLOOD) === 0) return undefined;
    if (NOT_BLEEDING_AFTER.has(tokens[i + 1]?.lower ?? '')) return undefined;
    const a = tokens[i - 1];
    const b = tokens[i - 2];
    if (a && a.lower === 'non' && matchAt[i - 1] === -1 && !tok.newlineBefore) return { first: i - 1, negated: true };
    if (a && b && a.text === '-' && b.lower === 'non' && matchAt[i - 2] === -1 && !tok.spaceBefore) return { first: i - 2, negated: true };
    return { first: i, negated: false };
  }

  /** The concept "blood" names: from the context just before it in its clause, else just after. */
  conceptAround(first: number, last: number): string | undefined {
    const { tokens, matchAt } = this;
    for (let k = first - 1; k >= 0 && k >= first - BLOOD_LOOK_BACK; k--) {
      if (clauseBreak(tokens[k + 1] as Token)) break;
      const target = this.conceptOf(k);
      if (target) return target;
    }
    let when = false;
    for (let k = last + 1; k < tokens.length && k <= last + BLOOD_LOOK_AHEAD; k++) {
      if (clauseBreak(tokens[k] as Token)) break;
      if (MOMENT_WORDS.has(tokens[k]?.lower ?? '')) when = true;
      const target = this.conceptOf(k);
      // After the word, a matched finding counts only as the place of the blood ("bloody stools"),
      // or as the moment it is seen ("no blood when she coughs").
      if (matchAt[k] === -1 || when || target === 'hematochezia' || target === 'hematuria') {
        if (target) return target;
      }
    }
    return undefined;
  }

  /**
   * When the clause names no context, the excretion of the sentences just before, if the blood word
   * points back to it: "Thick green phlegm. No blood in it." or a fragment ("Watery, 6-8/day.
   * Nonbloody."). At most five sentence ends back, and for a fragment only when nothing is said after it.
   */
  conceptBefore(first: number, last: number): string | undefined {
    const { tokens } = this;
    const after = (k: number): string => tokens[last + k]?.lower ?? '';
    const pointsBack = after(1) === 'in' && (after(2) === 'it' || after(2) === 'them' || after(2) === 'there');
    const fragment = (tokens[last + 1] === undefined || clauseBreak(tokens[last + 1] as Token)) && this.sentenceWords(first) <= 2;
    if (!pointsBack && !fragment) return undefined;
    let ends = 0;
    for (let k = first - 1; k >= 0 && k >= first - BLOOD_LOOK_BACK_SENTENCES; k--) {
      if (clauseBreak(tokens[k + 1] as Token) && ++ends > MAX_SENTENCES_BACK) break;
      const target = this.conceptOf(k);
      if (target) return target;
    }
    return undefined;
  }

  /** Words of the sentence before token `first`, back to its start. */
  private sentenceWords(first: number): number {
    const { tokens } = this;
    let words = 0;
    for (let k = first - 1; k >= 0 && !clauseBreak(tokens[k + 1] as Token); k--) if ((tokens[k] as Token).isWord) words++;
    return words;
  }

  private conceptOf(k: number): string | undefined {
    const tok = this.tokens[k] as Token;
    const m = this.matchAt[k] as number;
    if (m === -1) return tok.isWord ? BLOOD_NEAR_WORD.get(tok.lower) : undefined;
    for (const c of (this.matched[m] as MatchedSpan).concepts) {
      const target = BLOOD_AFTER_CONCEPT.get(c.id) ?? BLOOD_NEAR_WORD.get(tok.lower);
      if (target) return target;
    }
    return undefined;
  }
}
