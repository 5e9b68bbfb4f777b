import { anchorFor } from './anchors';
import type { Rule } from './rule';

export const dxCount: Rule = {
  id: 'dx-count',
  description: 'Data Interpretation should list 1 to 3 diagnoses, most likely first.',
  tags: ['differential'],
  defaultSeverity: 'warning',
  checklist: 'differential',
  check({ note, limits }, report) {
    const count = note.diagnoses.length;
    if (count >= limits.minDiagnoses && count <= limits.maxDiagnoses) return;
    const extra = note.diagnoses[limits.maxDiagnoses];
    report({
      message:
        count < limits.minDiagnoses
          ? `List at least ${limits.minDiagnoses} diagnosis in Data Interpretation (found ${count}).`
          : `The form takes at most ${limits.maxDiagnoses} diagnoses (found ${count}); keep the most likely.`,
      span: extra ? extra.nameSpan : anchorFor(note, undefined, 'ddx'),
      data: { count, min: limits.minDiagnoses, max: limits.maxDiagnoses },
    });
  },
};
