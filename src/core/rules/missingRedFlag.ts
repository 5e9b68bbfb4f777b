import { pertinentNegativeBody, pertinentNegativeEdit, anchorFor } from './anchors';
import { inferSex } from '../check/patient';
import type { Rule } from './rule';

export const missingRedFlag: Rule = {
  id: 'missing-red-flag',
  description: 'A red flag of the chief complaint is neither affirmed nor negated in the history.',
  tags: ['history', 'red-flags', 'pertinent-negatives'],
  defaultSeverity: 'error',
  checklist: 'ros',
  check({ note, analysis, index, complaint }, report) {
    if (!complaint || !analysis.historySpan) return;
    const documented = new Set<string>();
    for (const mention of analysis.history) {
      documented.add(mention.concept);
      const finding = index.findingById.get(mention.concept);
      if (mention.polarity === 'affirmed') for (const broader of finding?.implies ?? []) documented.add(broader);
      for (const answered of finding?.answers ?? []) documented.add(answered);
      if (mention.polarity === 'negated') for (const narrower of finding?.deniesAlso ?? []) documented.add(narrower);
    }
    const sex = inferSex(note.text, analysis.historySpan);
    for (const flag of complaint.redFlags) {
      if (documented.has(flag.finding)) continue;
      // A sex-specific flag is asked only when the note says the patient is of that sex.
      if (flag.sex && flag.sex !== sex) continue;
      const label = index.findingById.get(flag.finding)?.label ?? flag.finding;
      const body = pertinentNegativeBody(note, flag.section);
      report({
        message: `Red flag for ${complaint.label} not documented: ${label}. ${flag.why}`,
        span: anchorFor(note, flag.section, 'history'),
        data: { redFlag: flag.finding, complaint: complaint.id, checklist: flag.section },
        // Not safe for "fix all": only the student knows whether the patient was asked and denied it.
        fixes: body
          ? [{ title: `Add pertinent negative "denies ${label}"`, edits: [pertinentNegativeEdit(note.text, body, label)], safe: false }]
          : [],
      });
    }
  },
};
