import { lineAround, withLineBreak } from '../check/edits';
import { isWholeItemLine } from '../note/studies';
import type { Rule } from './rule';

export const workupNotATest: Rule = {
  id: 'workup-not-a-test',
  description: 'A treatment or consult is listed under Diagnostic Studies, which takes only diagnostic studies.',
  tags: ['workup'],
  defaultSeverity: 'warning',
  checklist: 'workup',
  check({ note, analysis }, report) {
    for (const study of analysis.studies) {
      const treatment = study.treatment;
      // Set only for a study that names no test (analyzeStudy).
      if (!treatment) continue;
      const { start, end } = study.entry.span;
      const content = lineAround(note.text, start);
      const wholeLine = isWholeItemLine(note.text.slice(content.start, content.end), start - content.start, end - content.start);
      report({
        message: `"${study.entry.text}" is a ${treatment.kind}, not a diagnostic study. Diagnostic Studies lists tests only.`,
        span: study.entry.span,
        data: { treatment: treatment.id, kind: treatment.kind },
        // Removing text is never applied by "fix all": the student decides what to delete.
        fixes: wholeLine ? [{ title: `Remove "${study.entry.text}"`, edits: [{ span: withLineBreak(note.text, content), newText: '' }], safe: false }] : [],
      });
    }
  },
};
