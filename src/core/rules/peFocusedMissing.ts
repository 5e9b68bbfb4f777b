import { inferAge } from '../check/patient';
import { maneuverChoiceLabel, maneuverDone } from '../clinical/maneuverChoice';
import { anchorFor } from './anchors';
import type { Rule } from './rule';

export const peFocusedMissing: Rule = {
  id: 'pe-focused-missing',
  description: 'A must-do exam maneuver for the chief complaint is not documented.',
  tags: ['exam'],
  defaultSeverity: 'warning',
  checklist: 'pe',
  check({ note, analysis, index, complaint }, report) {
    if (!complaint || !analysis.examSpan) return;
    const done = new Set(analysis.maneuvers.map((mention) => mention.concept));
    // The age is read only for a missing maneuver that depends on it: most checklists have none.
    const tooYoungFor = (fromAge: number): boolean => {
      const age = inferAge(note.text, analysis.historySpan);
      return age !== undefined && age < fromAge;
    };
    for (const id of complaint.examManeuvers) {
      if (maneuverDone(id, index.maneuverById, done)) continue;
      const fromAge = index.maneuverById.get(id)?.fromAge;
      if (fromAge !== undefined && tooYoungFor(fromAge)) continue;
      const label = maneuverChoiceLabel(id, index.maneuverById);
      report({
        message: `Focused exam for ${complaint.label} should document: ${label}.`,
        span: anchorFor(note, undefined, 'exam'),
        data: { maneuver: id, complaint: complaint.id },
      });
    }
  },
};
