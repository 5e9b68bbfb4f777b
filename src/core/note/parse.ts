// parseNote: the patient note as sections, fields, diagnoses and studies, every part with its exact span.
import type { Span } from '../types';
import { LineIndex } from '../text/lineIndex';
import { parseFrontMatter } from './frontMatter';
import { diagnosesOf } from './diagnoses';
import { fieldsOf } from './fields';
import { noteLines, trimmed } from './lines';
import type { DiagnosisEntry, NoteModel, NoteSection, StudyEntry } from './model';
import { splitSections, type SectionDraft } from './sections';
import { studiesOf } from './studies';

/** Parses any text into a NoteModel; never throws (unparseable input gives an empty model). */
export function parseNote(text: string): NoteModel {
  const source = typeof text === 'string' ? text : '';
  try {
    return parse(source);
  } catch {
    return { text: source, frontMatter: undefined, sections: [], diagnoses: [], studies: [] };
  }
}

function parse(text: string): NoteModel {
  const index = new LineIndex(text);
  const { frontMatter, bodyLine } = parseFrontMatter(text, index);
  const lines = noteLines(text, index, bodyLine);
  const drafts = splitSections(lines, bodyLine);
  const sections: NoteSection[] = [];
  const diagnoses: DiagnosisEntry[] = [];
  const studies: StudyEntry[] = [];
  for (const draft of drafts) {
    const span = bodySpan(text, draft);
    const kind = draft.id;
    const fields = kind === 'history' || kind === 'exam' ? fieldsOf(text, kind, draft.segments, span.end, draft.unlabelledHpi) : [];
    sections.push({ id: kind, title: draft.title, headingSpan: draft.headingSpan, span, fields });
    // Appended one by one: spreading a huge array into push() can overflow the stack.
    if (kind === 'ddx') for (const entry of diagnosesOf(text, draft.segments)) diagnoses.push(entry);
    if (kind === 'workup') for (const entry of studiesOf(draft.segments)) studies.push(entry);
  }
  return { text, frontMatter, sections, diagnoses, studies };
}

/** From the end of the heading to the last non-blank character of the section. */
function bodySpan(text: string, draft: SectionDraft): Span {
  const last = draft.segments[draft.segments.length - 1];
  const end = last ? Math.max(draft.bodyStart, last.line.end) : draft.bodyStart;
  const span = trimmed(text, draft.bodyStart, end);
  return span.end > span.start ? { start: draft.bodyStart, end: span.end } : span;
}
