// The note model: what the parser understood of a patient note, every part with its source span.
import type { Span } from '../types';

/** The four parts of the official Step 2 CS patient note. */
export type SectionId = 'history' | 'exam' | 'ddx' | 'workup';

/** Labelled parts inside History and Physical Examination ("HPI:", "ROS -", "VS:" …). */
export type FieldId =
  | 'hpi'
  | 'ros'
  | 'pmh'
  | 'psh'
  | 'meds'
  | 'allergies'
  | 'sh'
  | 'fh'
  | 'obgyn'
  | 'sexual'
  /** A labelled part of the history no rule reads: immunizations, birth, development, hospitalizations. */
  | 'other-history'
  | 'vitals'
  | 'general'
  | 'exam-system';

export interface NoteField {
  readonly id: FieldId;
  /** The label as the student typed it, e.g. "ROS", "Heart". */
  readonly label: string;
  readonly labelSpan: Span;
  /** The text after the label, up to the next label or section. */
  readonly span: Span;
}

export interface NoteSection {
  readonly id: SectionId;
  /** The heading or label as typed, e.g. "History", "DDx", "Workup". */
  readonly title: string;
  readonly headingSpan: Span;
  /** Body of the section, heading excluded. */
  readonly span: Span;
  readonly fields: readonly NoteField[];
}

/**
 * A "History: …" or "PE: …" line under a diagnosis. Findings written after the name itself
 * ("1. Influenza - fever, myalgias") are a 'history' support whose labelSpan is the separator.
 */
export interface SupportLine {
  readonly kind: 'history' | 'exam';
  readonly labelSpan: Span;
  /** The supporting findings after the label. */
  readonly span: Span;
}

export interface DiagnosisEntry {
  /** 1-based order of likelihood as written. */
  readonly rank: number;
  /** The diagnosis name as written, without number or list marker. */
  readonly name: string;
  readonly nameSpan: Span;
  /** Name plus its support lines. */
  readonly span: Span;
  readonly support: readonly SupportLine[];
}

/** One item of Diagnostic Studies (a list item or a comma-separated entry). */
export interface StudyEntry {
  readonly text: string;
  readonly span: Span;
}

export interface FrontMatter {
  readonly span: Span;
  /** True when the front matter has a `csnote:` key. */
  readonly csnote: boolean;
  readonly complaint: string | undefined;
  readonly fields: Readonly<Record<string, string>>;
}

export interface NoteModel {
  readonly text: string;
  readonly frontMatter: FrontMatter | undefined;
  readonly sections: readonly NoteSection[];
  readonly diagnoses: readonly DiagnosisEntry[];
  readonly studies: readonly StudyEntry[];
}

export function sectionById(note: NoteModel, id: SectionId): NoteSection | undefined {
  return note.sections.find((section) => section.id === id);
}

export function fieldById(note: NoteModel, id: FieldId): NoteField | undefined {
  for (const section of note.sections) {
    const field = section.fields.find((candidate) => candidate.id === id);
    if (field) return field;
  }
  return undefined;
}

/**
 * The history of the present illness: the first HPI-labelled field with those right after it. "CC:
 * chest pain" then "HPI: …" is one HPI (both labels name it); the chief complaint line alone is no HPI.
 */
export function hpiSpanOf(note: NoteModel): Span | undefined {
  for (const section of note.sections) {
    const fields = section.fields;
    const first = fields.findIndex((field) => field.id === 'hpi');
    if (first === -1) continue;
    let last = first;
    while (fields[last + 1]?.id === 'hpi') last++;
    return { start: (fields[first] as NoteField).span.start, end: (fields[last] as NoteField).span.end };
  }
  return undefined;
}

export function textOf(note: NoteModel, span: Span): string {
  return note.text.slice(span.start, span.end);
}
