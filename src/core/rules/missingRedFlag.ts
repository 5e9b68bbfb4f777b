import { pertinentNegativeBody, pertinentNegativeEdit, anchorFor } from './anchors';
import { inferSex } from '../check/patient';
import type { PatientSex } from '../clinical/types';
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
    const historySpan = analysis.historySpan;
    // Read only when a sex-specific flag is left undocumented: a scan of the history few checks need.
    let sex: PatientSex | undefined | null = null;
    const patientSex = (): PatientSex | undefined => (sex === null ? (sex = inferSex(note.text, historySpan)) : sex);
    for (const flag of complaint.redFlags) {
      if (documented.has(flag.finding)) continue;
      // A sex-specific flag is asked only when the note says the patient is of that sex.
      if (flag.sex && flag.sex !== patientSex()) continue;
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
