// Diagnostic Studies: one entry per list item or line, and per comma/semicolon-separated item within it.
import type { StudyEntry } from './model';
import { isLeadingMarkup, isTrailingPunctuation, stickyEnd, type Segment } from './lines';

const MARKER = /[ \t]*(?:[-*+\u2022\u25e6][ \t]+|\d{1,3}[.)][ \t]+)?(?:\*\*|__)?[ \t]*/y;
// "Labs: CBC, BMP" lists CBC and BMP; "ECG: ST changes" stays one entry, so only category words go.
const CATEGORY =
  /(?:labs?|lab tests|laboratory(?: tests)?|imaging|radiology|blood ?work|blood tests|urine|bedside|other|others|procedures?|initial|tests|studies|diagnostics)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*/iy;
export function studiesOf(segments: readonly Segment[]): StudyEntry[] {
  const entries: StudyEntry[] = [];
  for (const segment of segments) {
    const line = segment.line;
    const from = segment.start - line.start;
    let at = stickyEnd(MARKER, line.text, from === 0 ? line.afterHeadingMark : from);
    at = stickyEnd(CATEGORY, line.text, at);
    for (const [start, end] of splitItems(line.text, at)) {
      const entry = cleaned(line.text, start, end);
      if (entry) entries.push({ text: entry.text, span: { start: line.start + entry.start, end: line.start + entry.end } });
    }
  }
  return entries;
}

/** Pieces between commas and semicolons that are not inside parentheses or brackets. */
function splitItems(text: string, from: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let depth = 0;
  let start = from;
  for (let index = from; index < text.length; index++) {
    const char = text.charAt(index);
    if (char === '(' || char === '[') depth++;
    else if ((char === ')' || char === ']') && depth > 0) depth--;
    else if ((char === ',' || char === ';') && depth === 0) {
      pieces.push([start, index]);
      start = index + 1;
    }
  }
  pieces.push([start, text.length]);
  return pieces;
}

function cleaned(text: string, start: number, end: number): { text: string; start: number; end: number } | undefined {
  let from = start;
  let to = end;
  while (from < to && isLeadingMarkup(text, from)) from++;
  while (to > from && isTrailingPunctuation(text, to - 1)) to--;
  return to > from ? { text: text.slice(from, to), start: from, end: to } : undefined;
}

/**
 * Whether a study entry at lineText[start, end) is all its line holds, read as studiesOf reads it: only
 * a list marker and emphasis before it, only what cleaning trims after it. Such a line can be removed
 * whole; "Labs: CBC, aspirin" cannot.
 */
export function isWholeItemLine(lineText: string, start: number, end: number): boolean {
  let at = stickyEnd(MARKER, lineText, 0);
  while (at < start && isLeadingMarkup(lineText, at)) at++;
  if (at !== start) return false;
  for (let after = end; after < lineText.length; after++) if (!isTrailingPunctuation(lineText, after)) return false;
  return true;
}
