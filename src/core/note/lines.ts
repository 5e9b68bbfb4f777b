// The note as lines with their block facts, plus small span helpers shared by the parser's passes.
import type { Span } from '../types';
import type { LineIndex } from '../text/lineIndex';
import { lineBlocks } from './blocks';
import { isOneOf, isWhitespace } from '../text/chars';

export interface NoteLine {
  readonly index: number;
  readonly start: number;
  /** End of the content, line break excluded. */
  readonly end: number;
  /** Start of the next line (or the text length). */
  readonly next: number;
  readonly text: string;
  /** Markdown heading level, 0 when the line is no heading. */
  readonly heading: number;
  readonly ignored: boolean;
  /** Offset in `text` after indentation and a heading's hashes (not list markers). */
  readonly afterHeadingMark: number;
  /** Offset in `text` after indentation, heading hashes and one bullet marker. */
  readonly afterBullet: number;
}

/** Part of a line that belongs to a section: the whole line, or the rest after a section label. */
export interface Segment {
  readonly line: NoteLine;
  /** Absolute offset where the segment starts; it always runs to `line.end`. */
  readonly start: number;
}

export function noteLines(text: string, index: LineIndex, fromLine: number): NoteLine[] {
  const blocks = lineBlocks(markdownSource(text, index, fromLine), index.lineCount);
  const lines: NoteLine[] = [];
  for (let line = 0; line < index.lineCount; line++) {
    const span = index.lineSpan(line);
    const lineText = text.slice(span.start, span.end);
    const heading = blocks.headingLevel[line] ?? 0;
    // Computed once here: every pass of the parser starts reading a line at one of these.
    const afterHeadingMark = heading > 0 ? headingMarkEnd(lineText) : indentEnd(lineText);
    lines.push({
      index: line,
      start: span.start,
      end: span.end,
      next: index.nextLineStart(line),
      text: lineText,
      heading,
      ignored: blocks.ignored[line] === 1,
      afterHeadingMark,
      afterBullet: bulletEnd(lineText, skipSpacesAndTabs(lineText, afterHeadingMark)),
    });
  }
  return lines;
}

/**
 * The note as markdown-it reads it, line for line: the lines before `fromLine` (front matter) blank so
 * that "---" and "key: value" cannot become a setext heading, and a byte-order mark a space (it would
 * stop markdown-it from seeing "## History" on the first line). Line breaks stay as typed.
 */
function markdownSource(text: string, index: LineIndex, fromLine: number): string {
  if (fromLine >= index.lineCount) return '';
  if (fromLine > 0) return '\n'.repeat(fromLine) + text.slice(index.lineSpan(fromLine).start);
  return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
}

// The scanners below run on every line, several times each; plain loops cost a fraction of a sticky regex call.

const SPACE = 32;
const TAB = 9;
const HASH = 35;
const BOM = 0xfeff;
const BULLET_MARKERS: ReadonlySet<number> = new Set(['-', '*', '+', '\u2022', '\u25e6'].map((marker) => marker.charCodeAt(0)));

export function isSpaceOrTab(code: number): boolean {
  return code === SPACE || code === TAB;
}

export function skipSpacesAndTabs(text: string, at: number): number {
  let end = at;
  while (isSpaceOrTab(text.charCodeAt(end))) end++;
  return end;
}

/** After the spaces, tabs and byte-order marks that start a line. */
export function indentEnd(text: string): number {
  let end = 0;
  while (isSpaceOrTab(text.charCodeAt(end)) || text.charCodeAt(end) === BOM) end++;
  return end;
}

/**
 * After an ATX heading's mark: a byte-order mark, up to three blanks, one to six hashes, then blanks or
 * the line's end. 0 when the line has none (a setext heading's text).
 */
export function headingMarkEnd(text: string): number {
  let at = text.charCodeAt(0) === BOM ? 1 : 0;
  for (let indent = 0; indent < 3 && isSpaceOrTab(text.charCodeAt(at)); indent++) at++;
  const hashes = at;
  while (at - hashes < 6 && text.charCodeAt(at) === HASH) at++;
  if (at === hashes) return 0;
  if (at === text.length) return at;
  return isSpaceOrTab(text.charCodeAt(at)) ? skipSpacesAndTabs(text, at) : 0;
}

/** After a list marker at `at` (-, *, +, U+2022, U+25E6) and the blanks that must follow it; else `at`. */
export function bulletEnd(text: string, at: number): number {
  if (!BULLET_MARKERS.has(text.charCodeAt(at)) || !isSpaceOrTab(text.charCodeAt(at + 1))) return at;
  return skipSpacesAndTabs(text, at + 1);
}

export function stickyEnd(regex: RegExp, text: string, at: number): number {
  regex.lastIndex = at;
  return regex.exec(text) ? regex.lastIndex : at;
}

export function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0xfeff;
}

/** `[start, end)` with surrounding blanks removed; an all-blank range collapses to `start`. */
export function trimmed(text: string, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && isBlank(text.charCodeAt(from))) from++;
  while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
  return from < to ? { start: from, end: to } : { start, end: start };
}

/** Whether text[at] is whitespace, punctuation or emphasis that ends a name or entry ("CBC.", "**ECG**,"). */
export function isTrailingPunctuation(text: string, at: number): boolean {
  return isWhitespace(text.charCodeAt(at)) || isOneOf(text, at, '.,;:*_');
}

/** Whether text[at] is whitespace or emphasis before an entry ("**CBC**"). */
export function isLeadingMarkup(text: string, at: number): boolean {
  return isWhitespace(text.charCodeAt(at)) || isOneOf(text, at, '*_');
}
