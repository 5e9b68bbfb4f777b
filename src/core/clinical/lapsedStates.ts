// A state of the present (FindingConcept.currentWithinDays) dated to its last occurrence: "last
// sexually active 9 months ago" no longer holds, where "chest pain 2 days ago" dates an onset.
import { endsClause, isSentenceEnd } from './clauseBounds';
import type { Token } from './normalize';

/** What the negation knows of a mention's concept: how long it stays current, when it is a state. */
export interface StateConcept {
  readonly currentWithinDays?: number | undefined;
}

/**
 * Whether the mention at tokens [s, e), of `concepts`, names a current state that the text dates to
 * longer ago than it stays current: "last sexually active a year ago", "sexual activity: last 1 yr ago".
 */
export function stateHasLapsed(
  tokens: readonly Token[],
  s: number,
  e: number,
  mentionAt: readonly number[],
  concepts: readonly StateConcept[] | undefined,
): boolean {
  const longest = currentStateLimit(concepts ?? []);
  if (longest === undefined) return false;
  const days = lastOccurrenceDays(tokens, s, e, mentionAt);
  return days !== undefined && days > longest;
}

/**
 * Days within which the state the concepts name must last have held to be current (FindingConcept's
 * currentWithinDays; the shortest when they name several); undefined when they name no such state.
 */
function currentStateLimit(concepts: readonly StateConcept[]): number | undefined {
  let limit: number | undefined;
  for (const c of concepts) {
    const days = c.currentWithinDays;
    if (days !== undefined) limit = limit === undefined ? days : Math.min(limit, days);
  }
  return limit;
}

const UNIT_DAYS: ReadonlyMap<string, number> = new Map([
  ...['day', 'days', 'd', 'dy', 'dys'].map((u) => [u, 1] as const),
  ...['week', 'weeks', 'wk', 'wks', 'w'].map((u) => [u, 7] as const),
  ...['month', 'months', 'mo', 'mos', 'mon', 'mons', 'mth', 'mths', 'mnth', 'mnths', 'm'].map((u) => [u, 30] as const),
  ...['year', 'years', 'yr', 'yrs', 'y'].map((u) => [u, 365] as const),
]);
/** "9/12 ago" is nine months in British notes, "3/52" three weeks. */
const FRACTION_DAYS: ReadonlyMap<string, number> = new Map([
  ['12', 30],
  ['52', 7],
  ['7', 1],
]);
/** Vague quantities at their lower bound: "a few years ago" is long ago, "a few weeks ago" is not. */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['couple', 2], ['few', 2], ['several', 3],
  ['many', 3],
]);
const APPROXIMATELY = new Set(['about', 'approximately', 'approx', 'around', 'roughly', 'nearly', 'almost', 'over', 'more', 'than', 'at', 'least', '~', '>', 'some', 'a', 'of']);
const AGO = new Set(['ago', 'back', 'prior', 'previously', 'earlier']);

/**
 * A past time written at `p`: "9 months ago", "about 2 yrs back", "9mo ago", "9/12 ago", "last
 * year"; its length in days and the token after it.
 */
function pastTimeAt(tokens: readonly Token[], p: number): { days: number; end: number } | undefined {
  const at = (q: number): Token | undefined => {
    const tok = tokens[q];
    return tok && !tok.newlineBefore ? tok : undefined;
  };
  // "last year" closing the clause ("sexual partner last year"), not opening another one.
  if (at(p)?.lower === 'last' && at(p + 1)?.lower === 'year') return endsClause(tokens, p + 2) ? { days: 365, end: p + 2 } : undefined;
  let q = p;
  // "about", "more than", "a couple of": words around the quantity.
  for (let skipped = 0; skipped < 3 && at(q) && APPROXIMATELY.has((at(q) as Token).lower); skipped++) {
    // "a year ago": here "a" is the quantity.
    if ((at(q) as Token).lower === 'a' && UNIT_DAYS.has(at(q + 1)?.lower ?? '')) break;
    q++;
  }
  const tok = at(q);
  if (!tok || !tok.isWord) return undefined;
  let count: number | undefined;
  let unit: number | undefined;
  const glued = /^(\d+)([a-z]+)$/.exec(tok.lower);
  if (glued) {
    count = Number(glued[1]);
    unit = UNIT_DAYS.get(glued[2] as string);
    q++;
  } else {
    count = /^\d+$/.test(tok.lower) ? Number(tok.lower) : NUMBER_WORDS.get(tok.lower);
    if (count === undefined) return undefined;
    q++;
    // "8-9 months", "8 to 9 months": the lower bound.
    const dash = at(q);
    if (dash && (dash.text === '-' || dash.lower === 'to' || dash.lower === 'or') && /^\d+$/.test(at(q + 1)?.lower ?? '')) q += 2;
    if (at(q)?.text === '/' && FRACTION_DAYS.has(at(q + 1)?.lower ?? '')) {
      unit = FRACTION_DAYS.get((at(q + 1) as Token).lower);
      q += 2;
    } else {
      if (at(q)?.lower === 'of') q++;
      unit = UNIT_DAYS.get(at(q)?.lower ?? '');
      q++;
    }
  }
  if (unit === undefined || count === undefined) return undefined;
  const ago = at(q);
  if (!ago || !AGO.has(ago.lower)) return undefined;
  // "6 months prior to the surgery" dates from another event, not from now.
  if (ago.lower === 'prior' && at(q + 1)?.lower === 'to') return undefined;
  return { days: count * unit, end: q + 1 };
}

function daysAgoAt(tokens: readonly Token[], p: number): number | undefined {
  return pastTimeAt(tokens, p)?.days;
}

/** Words between "last" and the state: "last time she was sexually active". */
const LAST_FILLERS = new Set(['time', 'was', 'were', 'is', 'been', 'being', 'she', 'he', 'they', 'pt', 'patient', 'had', 'having', 'the']);
/** Links between the state and its date: "sexually active, last time was 9 months ago". */
const DATE_LINKS = new Set([',', ':', '-', '=', 'was', 'were', 'is']);
/** Words that make a dated state its onset: "became sexually active 2 years ago". */
const ONSET_WORDS = new Set(['became', 'become', 'becomes', 'becoming', 'started', 'start', 'starts', 'starting', 'began', 'begin', 'begins', 'beginning', 'first', 'since', 'initiated', 'onset']);

function isLast(tokens: readonly Token[], q: number): boolean {
  const tok = tokens[q];
  if (!tok) return false;
  return tok.lower === 'last' || tok.lower === 'latest' || (tok.lower === 'recent' && tokens[q - 1]?.lower === 'most');
}

/**
 * Days since the last occurrence of the state mentioned at tokens [s, e), when the text dates it:
 * "last sexually active 9 months ago" (a few words may follow the state before the date), "sexual
 * activity: last 9 months ago", or, right after the state and not as its onset, "sexually active a
 * year ago".
 */
function lastOccurrenceDays(tokens: readonly Token[], s: number, e: number, mentionAt: readonly number[]): number | undefined {
  const boundary = (q: number): boolean => {
    const tok = tokens[q] as Token;
    return tok.newlineBefore || mentionAt[q] !== -1 || isSentenceEnd(tokens, q);
  };
  // "last (time she was) <state> ... <date>"
  let b = s - 1;
  while (b >= 0 && b >= s - 4 && LAST_FILLERS.has((tokens[b] as Token).lower) && !(tokens[b + 1] as Token).newlineBefore) b--;
  if (b >= 0 && isLast(tokens, b) && !(tokens[b + 1] as Token).newlineBefore) {
    for (let q = e; q < tokens.length && q < e + 6 && !boundary(q); q++) {
      const days = daysAgoAt(tokens, q);
      if (days !== undefined) return days;
    }
    // "<date> last time sexually active"
    const first = tokens[b - 1]?.lower === 'most' ? b - 1 : b;
    if (!(tokens[first] as Token).newlineBefore) {
      for (let q = first - 1; q >= 0 && q >= first - 5; q--) {
        const time = pastTimeAt(tokens, q);
        if (time && time.end === first) return time.days;
      }
    }
  }
  // "<state>, last (time) (was) <date>" and "<state> (was) <date>"
  let q = e;
  while (q < tokens.length && q < e + 2 && DATE_LINKS.has((tokens[q] as Token).text.toLowerCase()) && !(tokens[q] as Token).newlineBefore) q++;
  if (q < tokens.length && (tokens[q] as Token).newlineBefore) return undefined;
  if (isLast(tokens, q) && tokens[q + 1]?.lower !== 'year') {
    q++;
    while (q < tokens.length && q < e + 6 && (LAST_FILLERS.has((tokens[q] as Token).lower) || DATE_LINKS.has((tokens[q] as Token).text))) {
      if ((tokens[q] as Token).newlineBefore) return undefined;
      q++;
    }
    return daysAgoAt(tokens, q);
  }
  for (let p = s - 1; p >= 0 && p >= s - 6; p--) {
    const tok = tokens[p] as Token;
    if (ONSET_WORDS.has(tok.lower)) return undefined;
    if (tok.text === ',' || isSentenceEnd(tokens, p) || (tokens[p + 1] as Token).newlineBefore) break;
  }
  return daysAgoAt(tokens, q) ?? dateAfterPartner(tokens, q);
}

/** Words of a partner named between a state and its date: "sexually active with a male partner 9 months ago". */
const PARTNER_WORDS_MAX = 3;
/** Words that start a duration, not a date: "for", "since", "over", "x". */
const DURATION_WORDS = new Set(['for', 'since', 'over', 'x', 'during', 'in', 'last', 'past', 'within']);

/** Days of a date that follows "with <a few words>" at q. */
function dateAfterPartner(tokens: readonly Token[], q: number): number | undefined {
  if (tokens[q]?.lower !== 'with' || (tokens[q] as Token).newlineBefore) return undefined;
  for (let p = q + 1; p <= q + 1 + PARTNER_WORDS_MAX; p++) {
    const tok = tokens[p];
    // "with 1 partner for the last year" is how long, not when last.
    if (!tok || !tok.isWord || tok.newlineBefore || DURATION_WORDS.has(tok.lower)) return undefined;
    const days = daysAgoAt(tokens, p);
    if (days !== undefined) return days;
  }
  return undefined;
}
