// Global review-of-systems statements ("ROS otherwise negative", "negative ROS except as above"):
// found so that they negate nothing themselves while a scope reading past them stops there.
import type { Span } from '../types';
import { clampRegion, tokenize, type Token } from './normalize';
import { mergeSpans } from '../text/spans';
import { PerWord } from '../text/wordIds';

const NEG_WORD = String.raw`(?:neg(?:ative)?|unremarkable|non-?contributory|wnl|within normal limits|\(-\)|-ve)(?!\w)`;
const ROS = String.raw`(?:ros|r\.o\.s\.?|review of systems?|systems? review)`;
const EXCEPT = String.raw`(?:\s*,?\s*(?:except|other than|apart from|aside from|besides|but for|save for|excluding)\b[^.;\n]*)?`;
const MENTIONS_SYSTEMS = /ros|r\.o\.s|system/i;
/** Words that may follow "ROS negative" in a global statement: "ROS negative except ...", "... as above". */
const GLOBAL_CONTINUATIONS = String.raw`(?:exc\w*|exept|other|otherwise|unless|apart|aside|besides|but|save|as|per|in|x|on|and)`;
const GLOBAL_REGEXPS: readonly RegExp[] = [
  // "all other ROS negative", "rest of ROS is negative", "all other systems reviewed and negative"
  new RegExp(
    String.raw`\b(?:all\s+other|rest\s+of\s+(?:the\s+)?|remainder\s+of\s+(?:the\s+)?|remaining|other)\s*(?:${ROS}|systems?)\b[^.;\n]{0,30}?\b${NEG_WORD}(?!\s+for\b)` +
      EXCEPT,
    'iy',
  ),
  // "ROS: neg except as in HPI", "ROS otherwise negative", "ROS negative."
  new RegExp(
    // "ROS: (-) fever, cough" and "ROS: negative chest pain" are lists of negatives, not "ROS
    // negative": a negative word then a finding on its line is not global.
    String.raw`\b${ROS}\s*(?::|-|is|was|are)?\s*(?:(?:otherwise|else|all|reviewed\s+and|reviewed,?)\s+)*${NEG_WORD}(?!\s+for\b)(?![ \t]*(?!${GLOBAL_CONTINUATIONS}\b)[a-z])` + EXCEPT,
    'iy',
  ),
  new RegExp(String.raw`\b${ROS}\b[^.;\n]{0,60}?\botherwise\s+(?:is\s+|was\s+)?${NEG_WORD}(?!\s+for\b)` + EXCEPT, 'iy'),
  // "otherwise negative ROS", "negative ROS except ..."
  new RegExp(String.raw`\b(?:otherwise\s+)?${NEG_WORD}\s+${ROS}\b` + EXCEPT, 'iy'),
  new RegExp(String.raw`\ball\s+other\s+systems\s+(?:reviewed\s+and\s+)?(?:are\s+)?${NEG_WORD}` + EXCEPT, 'iy'),
];

/**
 * The words each pattern can start with (its leading `\b` alternatives): a pattern is tried only at
 * tokens that are one of them, instead of at every character of the region. "(" and "-" start the
 * "(-)" and "-ve" negative words. Unlike a character scan, this misses a statement glued into one
 * word ("ROSneg"), which notes do not contain.
 */
const ROS_STARTS = ['ros', 'r', 'review', 'system', 'systems'];
const NEG_STARTS = ['neg', 'negative', 'unremarkable', 'non', 'noncontributory', 'wnl', 'within', '(', '-'];
const GLOBAL_STARTS: ReadonlyArray<readonly string[]> = [
  ['all', 'rest', 'remainder', 'remaining', 'other'],
  ROS_STARTS,
  ROS_STARTS,
  ['otherwise', ...NEG_STARTS],
  ['all'],
];
/** Start word → indexes of the patterns that may start with it. */
const GLOBAL_PATTERNS_BY_START: ReadonlyMap<string, readonly number[]> = (() => {
  const byStart = new Map<string, number[]>();
  GLOBAL_STARTS.forEach((words, k) => {
    for (const word of words) byStart.set(word, [...(byStart.get(word) ?? []), k]);
  });
  return byStart;
})();
const GLOBAL_PATTERNS_BY_WORD = new PerWord((lower) => GLOBAL_PATTERNS_BY_START.get(lower) ?? null);

/**
 * Spans of global review-of-systems statements: "ROS negative except as in HPI", "ROS otherwise
 * negative", "all other ROS negative". What they mean is for the rules to decide; the negation
 * scopes never start inside them.
 */
export function findGlobalNegativeStatements(text: string, region?: Span, regionTokens?: readonly Token[]): Span[] {
  const r = clampRegion(text, region);
  const slice = text.slice(r.start, r.end);
  // Every pattern names the review of systems ("ROS", "R.O.S.", "systems"): skip regions that do not.
  if (!MENTIONS_SYSTEMS.test(slice)) return [];
  const tokens = regionTokens ?? tokenize(text, r.start, r.end);
  const found: Span[] = [];
  // As a global search would: per pattern, leftmost match first, the next searched from its end.
  const searchFrom = GLOBAL_REGEXPS.map(() => 0);
  for (const tok of tokens) {
    const patterns = GLOBAL_PATTERNS_BY_WORD.of(tok);
    if (!patterns) continue;
    const at = tok.start - r.start;
    for (const k of patterns) {
      if (at < (searchFrom[k] as number)) continue;
      const sticky = GLOBAL_REGEXPS[k] as RegExp;
      sticky.lastIndex = at;
      const m = sticky.exec(slice);
      if (!m) continue;
      const trimmed = m[0].replace(/[\s,]+$/, '');
      found.push({ start: r.start + at, end: r.start + at + trimmed.length });
      searchFrom[k] = at + m[0].length;
    }
  }
  return mergeSpans(found);
}
