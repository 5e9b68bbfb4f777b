import { trimmedEnd } from '../check/edits';
import { sectionById, type SectionId } from '../note/model';
import type { FindingInput, Span } from '../types';
import type { ChecklistSection, NoteLimits, Rule } from './rule';
import { isWhitespace } from '../text/chars';

/** Lines of `span` as split on \n, \r\n and lone \r (0 when empty), counted by indexOf, without slicing or splitting. */
function lineCount(text: string, span: Span): number {
  if (span.end <= span.start) return 0;
  let breaks = 0;
  for (let at = text.indexOf('\n', span.start); at !== -1 && at < span.end; at = text.indexOf('\n', at + 1)) breaks++;
  // A lone \r breaks a line too; the \r of a \r\n does not count again.
  for (let at = text.indexOf('\r', span.start); at !== -1 && at < span.end; at = text.indexOf('\r', at + 1)) {
    const crlf = at + 1 < span.end && text.charCodeAt(at + 1) === 10;
    if (!crlf) breaks++;
  }
  return breaks + 1;
}

function bodyOf(text: string, span: Span): Span {
  let start = span.start;
  while (start < span.end && isWhitespace(text.charCodeAt(start))) start++;
  return { start, end: trimmedEnd(text, { start, end: span.end }) };
}

interface FreeTextLimit {
  readonly section: SectionId;
  readonly title: string;
  readonly checklist: ChecklistSection;
  chars(limits: NoteLimits): number;
  lines(limits: NoteLimits): number;
}

const FREE_TEXT: readonly FreeTextLimit[] = [
  { section: 'history', title: 'History', checklist: 'hpi', chars: (l) => l.historyChars, lines: (l) => l.historyLines },
  { section: 'exam', title: 'Physical Examination', checklist: 'pe', chars: (l) => l.examChars, lines: (l) => l.examLines },
];

function overLength(span: Span, what: string, max: number, checklist: ChecklistSection): FindingInput | undefined {
  const length = span.end - span.start;
  if (length <= max) return undefined;
  return {
    message: `${what} is ${length} characters; the form takes ${max}.`,
    span: { start: span.start + max, end: span.end },
    data: { chars: length, max, checklist },
  };
}

export const sectionLength: Rule = {
  id: 'section-length',
  description: 'A part of the note is longer than the official form allows (History and Physical Examination 950 characters or 15 lines; each diagnosis, finding and study 100 characters; 8 rows).',
  tags: ['structure', 'length'],
  defaultSeverity: 'warning',
  checklist: 'hpi',
  check({ note, limits }, report) {
    const text = note.text;
    for (const limit of FREE_TEXT) {
      const section = sectionById(note, limit.section);
      if (!section) continue;
      const body = bodyOf(text, section.span);
      const chars = overLength(body, limit.title, limit.chars(limits), limit.checklist);
      if (chars) report(chars);
      const lines = lineCount(text, body);
      if (lines > limit.lines(limits)) {
        report({ message: `${limit.title} has ${lines} lines; the form takes ${limit.lines(limits)}.`, span: section.headingSpan, data: { lines, max: limit.lines(limits), checklist: limit.checklist } });
      }
    }
    const reportOverLength = (span: Span, what: string, max: number, checklist: ChecklistSection): void => {
      const finding = overLength(span, what, max, checklist);
      if (finding) report(finding);
    };
    // Plain loops, not arrays built with map and flatMap (V8's flatMap is slow): this runs on every check.
    for (const dx of note.diagnoses) reportOverLength(dx.nameSpan, 'Diagnosis', limits.diagnosisChars, 'differential');
    for (const dx of note.diagnoses) {
      for (const line of dx.support) reportOverLength(bodyOf(text, line.span), 'Finding line', limits.findingChars, 'differential');
    }
    for (const study of note.studies) reportOverLength(study.span, 'Study', limits.studyChars, 'workup');
    for (const dx of note.diagnoses) {
      for (const kind of ['history', 'exam'] as const) {
        const rows = dx.support.filter((line) => line.kind === kind).length;
        if (rows > limits.rows) report({ message: `${dx.name}: ${rows} ${kind} rows; the form takes ${limits.rows}.`, span: dx.nameSpan, data: { rows, max: limits.rows, checklist: 'differential' } });
      }
    }
    if (note.studies.length > limits.rows) {
      const extra = note.studies[limits.rows];
      if (extra) report({ message: `Diagnostic Studies has ${note.studies.length} rows; the form takes ${limits.rows}.`, span: extra.span, data: { rows: note.studies.length, max: limits.rows, checklist: 'workup' } });
    }
  },
};
