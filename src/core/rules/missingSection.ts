import { eolOf, insertAt, lineAround } from '../check/edits';
import { sectionById, type SectionId } from '../note/model';
import type { Span } from '../types';
import type { ChecklistSection, Rule, RuleContext } from './rule';

const SECTIONS: ReadonlyArray<{ id: SectionId; title: string; checklist: ChecklistSection }> = [
  { id: 'history', title: 'History', checklist: 'hpi' },
  { id: 'exam', title: 'Physical Examination', checklist: 'pe' },
  { id: 'ddx', title: 'Data Interpretation', checklist: 'differential' },
  { id: 'workup', title: 'Diagnostic Studies', checklist: 'workup' },
];

/** Inserts the heading before the next section that exists, or at the end, keeping the official order. */
function insertionOffset({ note }: RuleContext, position: number): number {
  for (const later of SECTIONS.slice(position + 1)) {
    const section = sectionById(note, later.id);
    if (section) return section.headingSpan.start;
  }
  return note.text.length;
}

function headingEdit(context: RuleContext, position: number, title: string): { offset: number; text: string } {
  const text = context.note.text;
  const eol = eolOf(text);
  const offset = insertionOffset(context, position);
  const atEnd = offset === text.length;
  const lead = atEnd && text.length > 0 && !text.endsWith('\n') ? eol : '';
  return { offset, text: atEnd ? `${lead}${eol}## ${title}${eol}` : `## ${title}${eol}${eol}` };
}

function documentEnd(text: string): Span {
  return { start: text.length, end: text.length };
}

export const missingSection: Rule = {
  id: 'missing-section',
  description: 'One of the four parts of the patient note (History, Physical Examination, Data Interpretation, Diagnostic Studies) is missing.',
  tags: ['structure'],
  defaultSeverity: 'error',
  checklist: 'hpi',
  check(context, report) {
    const { note, analysis } = context;
    SECTIONS.forEach((section, position) => {
      const present = section.id === 'history' ? analysis.historySpan !== undefined : sectionById(note, section.id) !== undefined;
      if (present) return;
      const edit = headingEdit(context, position, section.title);
      report({
        message: `The note has no ${section.title} section.`,
        span: note.text.length === 0 ? documentEnd(note.text) : lineAround(note.text, 0),
        data: { section: section.id, checklist: section.checklist },
        fixes: [{ title: `Add a ${section.title} section`, edits: [insertAt(edit.offset, edit.text)], safe: true }],
      });
    });
  },
};
