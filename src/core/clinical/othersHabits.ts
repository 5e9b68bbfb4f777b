// Another person's habits: "her brother injects heroin", "Dad smokes", "lives with her boyfriend,
// who takes Adderall" name the relative's or partner's use, not the patient's. Only when the other
// person opens the clause as its subject: in "lives with his parents, smokes 1 ppd" and "takes his
// friend's Adderall" the habit is the patient's.
import { isSentenceEnd } from './clauseBounds';
import { namesARelative } from './familyHistory';
import type { Token } from './normalize';

interface HabitMatch {
  readonly start: number;
  readonly end: number;
  readonly concepts: readonly { readonly habit: boolean }[];
}

/** People other than relatives whose habits a social history names. */
const OTHER_PEOPLE = new Set([
  'boyfriend', 'girlfriend', 'husband', 'wife', 'partner', 'spouse', 'fiance', 'fiancé', 'fiancee', 'roommate', 'roommates',
  'friend', 'friends', 'coworker', 'coworkers', 'son', 'sons', 'daughter', 'daughters', 'child', 'children', 'kids',
]);
/** Words that may stand before the person at the start of the clause: "her older brother". */
const PERSON_MODIFIERS = new Set([
  'his', 'her', 'their', 'the', 'a', 'an', 'one', 'both', 'pt', "pt's", "patient's", 'younger', 'older', 'elder', 'big', 'little',
  'twin', 'maternal', 'paternal', 'step', 'half', 'current', 'ex', 'former', 'new',
]);
/** Words that say the patient is the subject after all: "his brother says he injects". */
const PATIENT_WORDS = new Set(['he', 'she', 'pt', 'patient', 'i']);
/** Apostrophes that may follow a plural owner: "friends' Adderall". */
const APOSTROPHES = new Set(["'", '’']);
/** Words naming the habit as something done: "parents smoke", "brothers use cocaine". */
const HABIT_VERBS = new Set(['smoke', 'smokes', 'smoked', 'smoking', 'drink', 'drinks', 'drank', 'drinking', 'use', 'uses', 'used', 'using', 'inject', 'injects', 'injected', 'vape', 'vapes', 'chew', 'chews']);
/** How many tokens the habit may stand after the person: "the brother injects heroin". */
const REACH = 8;

/** The matches without habits named in a clause about another person. */
export function withoutOthersHabits<M extends HabitMatch>(tokens: readonly Token[], matches: M[]): M[] {
  if (!matches.some((m) => m.concepts.every((c) => c.habit))) return matches;
  let t = 0;
  return matches.filter((match) => {
    if (!match.concepts.every((c) => c.habit)) return true;
    while (t < tokens.length && (tokens[t] as Token).start < match.start) t++;
    return !anotherPersonsClause(tokens, t);
  });
}

/** Whether the clause of the token at `at` opens with another person as its subject. */
function anotherPersonsClause(tokens: readonly Token[], at: number): boolean {
  let start = at;
  while (start > 0 && at - start < REACH && !opensClause(tokens, start)) start--;
  if (!opensClause(tokens, start)) return false;
  for (let p = start; p < at; p++) if (PATIENT_WORDS.has((tokens[p] as Token).lower)) return false;
  // "lives with her boyfriend, who smokes": a relative clause on the person just named.
  if ((tokens[start] as Token).lower === 'who') return isPerson(tokens[start - 2]);
  let q = start;
  while (q < at && PERSON_MODIFIERS.has((tokens[q] as Token).lower)) q++;
  const person = tokens[q];
  if (q >= at || !isPerson(person) || (person as Token).lower.includes("'")) return false;
  return !possessive(tokens, q, at);
}

/**
 * Whether the person at q owns the thing named at `at` rather than doing it: "friends' Adderall",
 * "Meds: roommates aderol" (a plural with its apostrophe dropped, right before a noun). "Dad smokes"
 * and "Father smoker" are the person's own.
 */
function possessive(tokens: readonly Token[], q: number, at: number): boolean {
  const next = tokens[q + 1] as Token;
  if (APOSTROPHES.has(next.text) && !next.spaceBefore) return true;
  const person = (tokens[q] as Token).lower;
  return q + 1 === at && person.endsWith('s') && !HABIT_VERBS.has((tokens[at] as Token).lower);
}

/** Whether a clause starts at token p: the text's start, a new line, or after a sentence stop or semicolon. */
function opensClause(tokens: readonly Token[], p: number): boolean {
  if (p === 0) return true;
  const tok = tokens[p] as Token | undefined;
  if (!tok) return false;
  if (tok.newlineBefore) return true;
  const before = tokens[p - 1] as Token;
  return before.text === ';' || isSentenceEnd(tokens, p - 1) || (before.text === ',' && tok.lower === 'who');
}

function isPerson(tok: Token | undefined): boolean {
  return tok !== undefined && tok.isWord && (namesARelative(tok) || OTHER_PEOPLE.has(tok.lower));
}
