import { anchorFor } from './anchors';
import type { Rule } from './rule';

/** How students write each vital sign; a value must follow so "BP" alone in prose doesn't count. */
const VITALS: ReadonlyArray<{ id: string; label: string; pattern: RegExp }> = [
  { id: 'bp', label: 'blood pressure', pattern: /\b(?:BP|blood pressure)\b[\s:=-]*\d{2,3}\s*\/\s*\d{2,3}/i },
  { id: 'hr', label: 'heart rate', pattern: /\b(?:HR|P|pulse|heart rate)\b[\s:=-]*\d{2,3}/i },
  { id: 'rr', label: 'respiratory rate', pattern: /\b(?:RR|R|resp(?:iratory)? rate|resp)\b[\s:=-]*\d{1,2}/i },
  { id: 'temp', label: 'temperature', pattern: /\b(?:T|temp|temperature)\b[\s:=-]*\d{2,3}(?:\.\d)?/i },
];

export const peVitalsMissing: Rule = {
  id: 'pe-vitals-missing',
  description: 'The Physical Examination does not record the vital signs (BP, HR, RR, temperature).',
  tags: ['exam', 'vitals'],
  defaultSeverity: 'warning',
  checklist: 'pe',
  check({ note, analysis }, report) {
    const span = analysis.examSpan;
    if (!span) return;
    const exam = note.text.slice(span.start, span.end);
    const missing = VITALS.filter((vital) => !vital.pattern.test(exam));
    if (missing.length === 0) return;
    report({
      message: `Vital signs missing from the exam: ${missing.map((vital) => vital.label).join(', ')}.`,
      span: anchorFor(note, 'vitals', 'exam'),
      data: { missing: missing.map((vital) => vital.id).join(',') },
    });
  },
};
