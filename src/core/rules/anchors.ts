// Where a finding points and where a fix inserts text, when the thing itself is absent.
import { appendSentence, insertAt, lineAround, trimmedEnd } from '../check/edits';
import { fieldById, hpiSpanOf, sectionById, type FieldId, type NoteModel, type SectionId } from '../note/model';
import type { Span, TextEdit } from '../types';
import { isWhitespace } from '../text/chars';

const EMPTY_DOCUMENT_START: Span = { start: 0, end: 0 };

/** The label of a field, else its section heading, else the start of the body. */
export function anchorFor(note: NoteModel, field: FieldId | undefined, section: SectionId): Span {
  const labelled = field ? fieldById(note, field) : undefined;
  // An unlabelled HPI (the note's first paragraph) points at its first line.
  if (labelled) return labelled.labelSpan.end > labelled.labelSpan.start ? labelled.labelSpan : lineStartSpan(note, labelled.span);
  const found = sectionById(note, section);
  if (found) return found.headingSpan.end > found.headingSpan.start ? found.headingSpan : lineStartSpan(note, found.span);
  return note.frontMatter ? lineStartSpan(note, { start: note.frontMatter.span.end, end: note.frontMatter.span.end }) : EMPTY_DOCUMENT_START;
}

/** The first non-empty line at or after a span's start, so a diagnostic is never zero-width in empty space. */
function lineStartSpan(note: NoteModel, span: Span): Span {
  const text = note.text;
  let start = span.start;
  while (start < text.length && isWhitespace(text.charCodeAt(start))) start++;
  return start < text.length ? { start, end: lineAround(text, start).end } : { start: span.start, end: span.start };
}

// "Denies fever, chills." becomes "Denies fever, chills, rash." rather than a second sentence.
const TRAILING_DENIES = /\bdenies\b[^.;\n]*?(\.?)$/i;

/** An edit that documents `label` as a pertinent negative at the end of a field body. */
export function pertinentNegativeEdit(text: string, body: Span, label: string): TextEdit {
  const end = trimmedEnd(text, body);
  const match = TRAILING_DENIES.exec(text.slice(body.start, end));
  if (match) {
    const insertBefore = match[1] ? end - 1 : end;
    return insertAt(insertBefore, `, ${label}`);
  }
  return appendSentence(text, body, `Denies ${label}.`);
}

/** The body a pertinent negative for `section` goes into: that field, else HPI, else the history. */
export function pertinentNegativeBody(note: NoteModel, section: 'hpi' | 'ros'): Span | undefined {
  const ros = section === 'ros' ? fieldById(note, 'ros')?.span : undefined;
  return ros ?? hpiSpanOf(note) ?? sectionById(note, 'history')?.span;
}
