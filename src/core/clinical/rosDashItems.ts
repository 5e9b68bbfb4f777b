// "-" items of a one-line review-of-systems list ("ROS: -fever, -chills"): which mentions a dash
// marks absent, told apart from bullets, hyphens and dashes used as separators.
import type { Token } from './normalize';
import { MINUS_SIGNS, NEGATIVE_HEADER_WORDS } from './signedLines';

/**
 * Mentions marked absent by a "-" in a one-line review-of-systems list: "ROS: -fever, -chills" or
 * "ROS: - fever, - chills". A dash counts when it stands right before the mention, is not the
 * first token of its line (that is a bullet) and is not glued to the word before it (a hyphen);
 * a spaced dash only after a colon, comma, semicolon or sentence end. It negates when the line has at
 * least two such items, or when it follows a colon and is glued to the mention ("GI: -constipation")
 * or follows a header that announces negatives ("ROS: - LOC, headache").
 */
export function dashListItems(tokens: readonly Token[], ranges: ReadonlyArray<readonly [number, number]>): Set<number> {
  const candidates: Array<{ k: number; line: number; strong: boolean }> = [];
  /** Lines where a mention has a "+" right before it: "ROS: + anxiety, - weight loss" is a signed list. */
  const plusLines = new Set<number>();
  let line = 0;
  let lineOf = -1;
  for (let t = 0, k = 0; k < ranges.length; k++) {
    const [s, e] = ranges[k] as readonly [number, number];
    if (s >= e || s === 0) continue;
    for (; t <= s; t++) {
      if ((tokens[t] as Token).newlineBefore) line++;
      lineOf = line;
    }
    if (signedWithPlus(tokens, s)) plusLines.add(lineOf);
    const dash = tokens[s - 1] as Token;
    const prev = tokens[s - 2];
    if (!MINUS_SIGNS.has(dash.text) || dash.newlineBefore || s - 1 === 0) continue;
    if (prev && prev.isWord && !dash.spaceBefore) continue;
    if ((tokens[s] as Token).newlineBefore) continue;
    const afterColon = prev?.text === ':';
    const glued = !(tokens[s] as Token).spaceBefore;
    // " - " between words is as often a separator ("palpitations - chest pressure"): a spaced dash
    // counts only at the start of a list item: after a colon, comma, semicolon or sentence end.
    if (!glued && !(prev && ITEM_STARTS.has(prev.text))) continue;
    candidates.push({ k, line: lineOf, strong: afterColon && (glued || announcesNegatives(tokens, s - 2)) });
  }
  const perLine = new Map<number, number>();
  for (const c of candidates) perLine.set(c.line, (perLine.get(c.line) ?? 0) + 1);
  for (const plusLine of plusLines) if (perLine.has(plusLine)) perLine.set(plusLine, (perLine.get(plusLine) ?? 0) + 1);
  const out = new Set<number>();
  for (const c of candidates) {
    if (!c.strong && (perLine.get(c.line) ?? 0) < 2) continue;
    out.add(c.k);
    // "-nausea/vomiting": the dash covers what is joined to its item by a slash.
    for (let k = c.k; k + 1 < ranges.length; k++) {
      const [start, end] = ranges[k] as readonly [number, number];
      const next = ranges[k + 1] as readonly [number, number];
      // Mentions of one span (an abbreviation of two concepts) go together.
      if (next[0] === start) continue;
      if (next[0] !== end + 1 || tokens[end]?.text !== '/') break;
      out.add(k + 1);
    }
  }
  return out;
}

/** What a spaced dash may follow to open a list item: "ROS: - fever", "+ cough. - fever, chills". */
const ITEM_STARTS: ReadonlySet<string> = new Set([':', ',', ';', '.']);

/** Whether the words of the header ending at the colon at `colon`, on its line, announce negatives ("ROS:"). */
function announcesNegatives(tokens: readonly Token[], colon: number): boolean {
  for (let t = colon - 1; t >= 0; t--) {
    const tok = tokens[t] as Token;
    if (NEGATIVE_HEADER_WORDS.has(tok.lower)) return true;
    if (tok.newlineBefore || !tok.isWord) return false;
  }
  return false;
}

/** Whether the mention starting at token s has a "+" or "(+)" right before it, on its line. */
function signedWithPlus(tokens: readonly Token[], s: number): boolean {
  const before = tokens[s - 1] as Token;
  const plus = before.text === '+' || (before.text === ')' && tokens[s - 2]?.text === '+' && tokens[s - 3]?.text === '(');
  return plus && !(tokens[s] as Token).newlineBefore;
}
