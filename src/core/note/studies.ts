// Diagnostic Studies: one entry per list item or line, and per comma/semicolon-separated item within it.
import type { StudyEntry } from './model';
import { stickyEnd, type Segment } from './lines';

const MARKER = /[ \t]*(?:[-*+\u2022\u25e6][ \t]+|\d{1,3}[.)][ \t]+)?(?:\*\*|__)?[ \t]*/y;
// "Labs: CBC, BMP" lists CBC and BMP; "ECG: ST changes" stays one entry, so only category words go.
const CATEGORY =
  /(?:labs?|lab tests|laboratory(?: tests)?|imaging|radiology|blood ?work|blood tests|urine|bedside|other|others|procedures?|initial|tests|studies|diagnostics)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*/iy;
const TRIM_END = /[\s.,;:*_]/;

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
  while (from < to && /[\s*_]/.test(text.charAt(from))) from++;
  while (to > from && TRIM_END.test(text.charAt(to - 1))) to--;
  return to > from ? { text: text.slice(from, to), start: from, end: to } : undefined;
}
