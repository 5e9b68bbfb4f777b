// Text edits as data: building insertions at sensible places and applying them to a string.
import type { Span, TextEdit } from '../types';
import { isWhitespace } from '../text/chars';

/** End of a span with trailing whitespace (and line breaks) left out. */
export function trimmedEnd(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start && isWhitespace(text.charCodeAt(end - 1))) end--;
  return end;
}

export function insertAt(offset: number, newText: string): TextEdit {
  return { span: { start: offset, end: offset }, newText };
}

/** The line break the document already uses, so fixes never mix CRLF into LF files or back. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Applies non-overlapping edits; later edits first so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let result = text;
  for (const edit of ordered) {
    result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  }
  return result;
}

/** Appends a sentence to the text of a field, keeping its punctuation tidy. */
export function appendSentence(text: string, span: Span, sentence: string): TextEdit {
  const end = trimmedEnd(text, span);
  const body = text.slice(span.start, end);
  if (body.length === 0) return insertAt(end, ` ${sentence}`);
  const separator = /[.;!?]$/.test(body) ? ' ' : '. ';
  return insertAt(end, `${separator}${sentence}`);
}

/** The span of the whole line that contains `offset`, line break excluded. */
export function lineAround(text: string, offset: number): Span {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end === -1) end = text.length;
  if (end > start && text.charAt(end - 1) === '\r') end--;
  return { start, end };
}

/** A line's span (lineAround) extended over its line break, for deleting whole lines. */
export function withLineBreak(text: string, line: Span): Span {
  let end = line.end;
  if (text.charAt(end) === '\r') end++;
  if (text.charAt(end) === '\n') end++;
  return { start: line.start, end };
}
