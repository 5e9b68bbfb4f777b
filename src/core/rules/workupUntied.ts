import type { Rule } from './rule';

export const workupUntied: Rule = {
  id: 'workup-untied',
  description: 'A diagnostic study addresses none of the diagnoses listed in Data Interpretation.',
  tags: ['workup', 'differential'],
  defaultSeverity: 'warning',
  checklist: 'workup',
  check({ analysis }, report) {
    // A loop, not flatMap: V8's flatMap costs about ten times as much, and this runs on every check.
    const diagnoses = new Set<string>();
    for (const dx of analysis.diagnoses) if (dx.concept) diagnoses.add(dx.concept.id);
    // Without one recognised diagnosis there is nothing to tie a study to; dx rules report that instead.
    if (diagnoses.size === 0) return;
    for (const study of analysis.studies) {
      const test = study.test;
      if (!test || test.addresses.some((id) => diagnoses.has(id)) || test.workupOf?.some((id) => diagnoses.has(id))) continue;
      report({
        message: `"${study.entry.text}" does not address any diagnosis in your differential. Tie each study to a diagnosis, or add the diagnosis it is meant to test.`,
        span: study.entry.span,
        data: { test: test.id },
      });
    }
  },
};
