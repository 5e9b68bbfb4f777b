// Plus-minus lines of a History: examinees mark pertinent positives and negatives line by line,
// "+ nausea" / "- headache", and graders read a "-" before a bare finding as "no". In Markdown a
// "- " that starts a line is also a bullet, so a line counts as a minus only when the list it is
// in reads like a plus-minus list, not like bullets of text or a field's values.
import type { Token } from './normalize';

/** The signs written for "minus": hyphen, en dash, minus sign. */
export const MINUS_SIGNS: ReadonlySet<string> = new Set(['-', '–', '−']);
/** What may join the findings of one bare item: "- LOC / fainting", "- weakness or numbness". */
const ITEM_JOINS = new Set(['/', ',', 'or', 'and', '&', 'nor']);
/** Words that may open an item before its finding: "- for skin changes", "-: fever". */
const ITEM_OPENERS = new Set(['for', ':']);
/** Prepositions of a short tail that places the finding: "- numbness in arms/legs". */
const TAIL_PREPOSITIONS = new Set(['in', 'of', 'on', 'at']);
const LONGEST_TAIL = 4;
/** Words of a header that announces negatives: "ROS:", "Pertinent negatives:", "Denies:". */
export const NEGATIVE_HEADER_WORDS: ReadonlySet<string> = new Set(['ros', 'review', 'systems', 'negatives', 'negative', 'neg', 'denies', 'denied', 'ros-']);

type LineKind = 'plus' | 'bare-minus' | 'other-minus' | 'unsigned';

interface SignedLine {
  readonly start: number;
  readonly end: number;
  readonly kind: LineKind;
  /** Mentions a bare minus line names; for another minus line, those right after its sign ("- leg weakness, walks ok"). */
  readonly mentions: readonly number[];
}

/**
 * Mentions (indices into `ranges`) named by bare "-" lines of a plus-minus list: a run of lines
 * that each start with a sign, every "-" line naming only findings, introduced by no header or by
 * a review-of-systems or negatives header (not "PMH:" or "Associated symptoms:"), or holding a "+" line.
 */
export function minusLineMentions(
  text: string,
  tokens: readonly Token[],
  ranges: ReadonlyArray<readonly [number, number]>,
  mentionAt: readonly number[],
): number[] {
  if (!ranges.some(([s]) => startsLineAfterMinus(tokens, s))) return [];
  const lines = signedLines(tokens, ranges, mentionAt);
  const out: number[] = [];
  for (let i = 0; i < lines.length; ) {
    if ((lines[i] as SignedLine).kind === 'unsigned') {
      i++;
      continue;
    }
    let j = i + 1;
    // A blank line ends a list: bullets of text above it do not make the signs below it bullets.
    while (j < lines.length && (lines[j] as SignedLine).kind !== 'unsigned' && !blankLineBefore(text, tokens, (lines[j] as SignedLine).start)) j++;
    const run = lines.slice(i, j);
    if (isPlusMinusList(tokens, run, i > 0 ? lines[i - 1] : undefined)) {
      // A "-" line that goes on after its findings is signed only once a "+" line has set the signs:
      // above it, "- urgency, almost did not make it" is a bullet of the HPI.
      let signsSet = false;
      for (const line of run) {
        if (line.kind === 'plus') signsSet = true;
        if (line.kind === 'bare-minus' || signsSet) out.push(...line.mentions);
      }
    }
    i = j;
  }
  return out;
}

function blankLineBefore(text: string, tokens: readonly Token[], t: number): boolean {
  const previous = tokens[t - 1];
  return previous !== undefined && /\n[ \t]*\r?\n/.test(text.slice(previous.end, (tokens[t] as Token).start));
}

/** Whether the mention starting at token s has a line-starting minus (and maybe "for") before it. */
function startsLineAfterMinus(tokens: readonly Token[], s: number): boolean {
  let d = s - 1;
  if (d >= 0 && ITEM_OPENERS.has((tokens[d] as Token).lower)) d--;
  if (d < 0 || !MINUS_SIGNS.has((tokens[d] as Token).text)) return false;
  return d === 0 || (tokens[d] as Token).newlineBefore;
}

function signedLines(
  tokens: readonly Token[],
  ranges: ReadonlyArray<readonly [number, number]>,
  mentionAt: readonly number[],
): SignedLine[] {
  const lines: SignedLine[] = [];
  for (let start = 0; start < tokens.length; ) {
    let end = start + 1;
    while (end < tokens.length && !(tokens[end] as Token).newlineBefore) end++;
    lines.push({ start, end, ...classify(tokens, ranges, mentionAt, start, end) });
    start = end;
  }
  return lines;
}

function classify(
  tokens: readonly Token[],
  ranges: ReadonlyArray<readonly [number, number]>,
  mentionAt: readonly number[],
  start: number,
  end: number,
): { kind: LineKind; mentions: number[] } {
  const first = (tokens[start] as Token).text;
  if (first === '+' || (first === '(' && tokens[start + 1]?.text === '+')) return { kind: 'plus', mentions: [] };
  if (!MINUS_SIGNS.has(first)) return { kind: 'unsigned', mentions: [] };
  const item = itemMentions(tokens, ranges, mentionAt, start + 1, end);
  if (item.bare) return { kind: 'bare-minus', mentions: item.mentions };
  // "- leg weakness, walks ok": findings closed by a comma are the item; "- cough x 4 days" is a statement.
  return { kind: 'other-minus', mentions: item.closedByComma ? item.mentions : [] };
}

/**
 * The findings that open tokens [p, end), joined by commas, slashes or "or"; whether they are all
 * the item says (a bare item), else whether a comma closes them.
 */
function itemMentions(
  tokens: readonly Token[],
  ranges: ReadonlyArray<readonly [number, number]>,
  mentionAt: readonly number[],
  p: number,
  end: number,
): { mentions: number[]; bare: boolean; closedByComma: boolean } {
  const mentions: number[] = [];
  let closedByComma = false;
  if (p < end && ITEM_OPENERS.has((tokens[p] as Token).lower)) p++;
  while (p < end) {
    const k = mentionAt[p] as number;
    if (k === -1) break;
    // Mentions of one span (an abbreviation of two concepts) share their range.
    for (let same = k; same < ranges.length && (ranges[same] as readonly [number, number])[0] === (ranges[k] as readonly [number, number])[0]; same++) mentions.push(same);
    p = (ranges[k] as readonly [number, number])[1];
    if (p >= end || isEndPunctuation(tokens, p, end) || isShortTail(tokens, p, end)) return { mentions, bare: true, closedByComma };
    if (!ITEM_JOINS.has((tokens[p] as Token).lower)) return { mentions, bare: false, closedByComma: false };
    closedByComma = /^[,;/]$/.test((tokens[p] as Token).text);
    while (p < end && (ITEM_JOINS.has((tokens[p] as Token).lower) || MINUS_SIGNS.has((tokens[p] as Token).text))) p++;
  }
  return { mentions, bare: false, closedByComma };
}

function isEndPunctuation(tokens: readonly Token[], p: number, end: number): boolean {
  return p === end - 1 && /^[.;,]$/.test((tokens[p] as Token).text);
}

/** "in arms/legs", "of hands": a few words placing the finding, with no number (a duration is no place). */
function isShortTail(tokens: readonly Token[], p: number, end: number): boolean {
  if (!TAIL_PREPOSITIONS.has((tokens[p] as Token).lower) || end - p > LONGEST_TAIL) return false;
  for (let q = p; q < end; q++) if (/\d/.test((tokens[q] as Token).text)) return false;
  return true;
}

/**
 * A run of signed lines is a plus-minus list when it has a "+" line, or when none of its "-" lines
 * is a bullet of text and it has no header or a header that announces negatives. After a "+" line,
 * a "-" line that goes on after its findings still denies them ("- leg weakness, walks ok").
 */
function isPlusMinusList(tokens: readonly Token[], run: readonly SignedLine[], before: SignedLine | undefined): boolean {
  if (!run.some((line) => line.kind !== 'plus' && line.mentions.length > 0)) return false;
  if (run.some((line) => line.kind === 'plus')) return true;
  if (run.some((line) => line.kind === 'other-minus')) return false;
  if (!before || (tokens[before.end - 1] as Token).text !== ':') return true;
  for (let p = before.start; p < before.end; p++) if (NEGATIVE_HEADER_WORDS.has((tokens[p] as Token).lower)) return true;
  return false;
}
