import { anchorFor } from './anchors';
import type { Rule } from './rule';

export const workupCount: Rule = {
  id: 'workup-count',
  description: 'Diagnostic Studies should list a focused workup (4 to 7 studies by default).',
  tags: ['workup'],
  defaultSeverity: 'info',
  checklist: 'workup',
  check({ note, limits }, report) {
    const count = note.studies.length;
    if (count >= limits.minStudies && count <= limits.maxStudies) return;
    const extra = note.studies[limits.maxStudies];
    report({
      message:
        count < limits.minStudies
          ? `Diagnostic Studies lists ${count} stud${count === 1 ? 'y' : 'ies'}; a focused workup usually has ${limits.minStudies}-${limits.maxStudies}.`
          : `Diagnostic Studies lists ${count} studies; keep the ${limits.maxStudies} that best test your differential.`,
      span: extra ? extra.span : anchorFor(note, undefined, 'workup'),
      data: { count, min: limits.minStudies, max: limits.maxStudies },
    });
  },
};
