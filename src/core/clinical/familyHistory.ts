// Family history read the way a grader reads it: a relative and a condition named in one clause
// ("dad had a heart attack", "MI in his father", "FHx: thyroid dz"), in any order and wording.
import type { Span } from '../types';
import type { Token } from './normalize';
import type { LexiconEntry, FindingConcept } from './types';
import { escapeRegExp } from '../text/regexp';
import { PerWord } from '../text/wordIds';
import { isWhitespace } from '../text/chars';

/**
 * Words that put a clause about the family; "FH"/"FHx" count because the field names the family.
 * Matched as whole words (or the part of a word before an apostrophe: "mother's").
 */
const RELATIVE_WORDS: ReadonlySet<string> = new Set([
  'father', 'fathers', 'dad', 'daddy', 'mother', 'mothers', 'mom', 'mum', 'mommy', 'parent', 'parents',
  'brother', 'brothers', 'sister', 'sisters', 'sibling', 'siblings', 'uncle', 'uncles', 'aunt', 'aunts',
  'grandfather', 'grandmother', 'grandpa', 'grandma', 'grandparent', 'grandparents', 'cousin', 'cousins',
  'fh', 'fhx', 'fam', 'family', 'famhx', 'familyhx', 'famhistory', 'familyhistory',
]);

const IS_RELATIVE_WORD = new PerWord((lower) => {
  const apostrophe = lower.indexOf("'");
  return RELATIVE_WORDS.has(apostrophe === -1 ? lower : lower.slice(0, apostrophe));
});

export function namesARelative(tok: Token): boolean {
  return tok.isWord && IS_RELATIVE_WORD.of(tok);
}

/**
 * A stop that ends a family-history clause: a sentence stop (not the dot of "y.o." or a decimal) or a
 * semicolon. Line breaks end one too (the caller checks them). Named apart from clauseBounds'
 * endsClause, which asks whether anything clause-like follows a token.
 */
function isClauseStop(text: string, tok: Token, regionEnd: number): boolean {
  if (tok.text === ';' || tok.text === '!' || tok.text === '?') return true;
  if (tok.text !== '.') return false;
  return tok.end >= regionEnd || isWhitespace(text.charCodeAt(tok.end));
}

export interface FamilyPattern {
  readonly concept: string;
  readonly condition: RegExp;
  /** The lowercase first word of each condition phrase ("#" for a number): a clause without any is not searched. */
  readonly firstWords: readonly string[];
}

export function compileFamilyPatterns(entries: readonly LexiconEntry[]): FamilyPattern[] {
  const patterns: FamilyPattern[] = [];
  for (const entry of entries) {
    const conditions = (entry as FindingConcept).familyConditions;
    if (!conditions || conditions.length === 0) continue;
    // Longest first, so "peptic ulcer disease" wins over "ulcer"; any run of spaces or a hyphen between
    // words; "#" is a whole number ("HA at #" is a heart attack at an age, not a headache).
    const alternatives = [...conditions]
      .sort((a, b) => b.length - a.length)
      .map((phrase) => phrase.split(/[\s-]+/).map((word) => (word === '#' ? '\\d+' : escapeRegExp(word))).join('[\\s-]+'));
    const firstWords = [...new Set(conditions.map((phrase) => (phrase.trim().split(/[\s-]+/)[0] ?? '').toLowerCase()))];
    patterns.push({ concept: entry.id, condition: new RegExp(`(?<![\\w])(?:${alternatives.join('|')})(?![\\w])`, 'gi'), firstWords });
  }
  return patterns;
}

export interface FamilyMatch {
  readonly concept: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Conditions named in a clause that also names a relative; spans cover the condition words.
 * `tokens` are the region's tokens; clauses end at sentence stops, semicolons and line breaks.
 */
export function familyHistoryMatches(text: string, tokens: readonly Token[], patterns: readonly FamilyPattern[]): FamilyMatch[] {
  if (patterns.length === 0 || !tokens.some(namesARelative)) return [];
  const matches: FamilyMatch[] = [];
  for (const clause of clausesNamingARelative(text, tokens)) {
    const words = text.slice(clause.start, clause.end);
    const lowerWords = words.toLowerCase();
    // Every naming of the condition: "heart disease in his father and a history of MI" names it twice.
    for (const pattern of patterns) {
      // A look for the first words is far cheaper than the pattern's search, which most clauses fail.
      if (!mayName(pattern, lowerWords)) continue;
      for (const found of words.matchAll(pattern.condition)) {
        const at = clause.start + (found.index ?? 0);
        matches.push({ concept: pattern.concept, start: at, end: at + found[0].length });
      }
    }
  }
  return matches;
}

/** Whether the lowercased clause holds a first word of one of the pattern's phrases (the pattern's /i folds only ASCII). */
function mayName(pattern: FamilyPattern, lowerWords: string): boolean {
  return pattern.firstWords.some((word) => (word === '#' ? /\d/.test(lowerWords) : lowerWords.includes(word)));
}

/** The clauses (text offsets, in order) in which a relative is named. */
function clausesNamingARelative(text: string, tokens: readonly Token[]): Span[] {
  const regionEnd = (tokens[tokens.length - 1] as Token).end;
  const clauses: Span[] = [];
  let start = -1;
  let end = -1;
  let relative = false;
  const close = (): void => {
    if (relative && start !== -1) clauses.push({ start, end });
    start = -1;
    relative = false;
  };
  for (const tok of tokens) {
    if (tok.newlineBefore) close();
    if (isClauseStop(text, tok, regionEnd)) {
      close();
      continue;
    }
    if (start === -1) start = tok.start;
    end = tok.end;
    relative ||= namesARelative(tok);
  }
  close();
  return clauses;
}
