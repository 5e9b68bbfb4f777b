import type { AnalyzedDiagnosis } from '../check/analysis';
import type { Rule } from './rule';

/**
 * The claim a finding can make: with every diagnosis recognised, that the study addresses none of
 * them; with some written that CS Note does not know, only that it addresses none of the others.
 */
function untiedMessage(study: string, unknown: readonly AnalyzedDiagnosis[]): string {
  if (unknown.length === 0) {
    return `"${study}" does not address any diagnosis in your differential. Tie each study to a diagnosis, or add the diagnosis it is meant to test.`;
  }
  const names = unknown.map((dx) => `"${dx.entry.name}"`).join(', ');
  return `"${study}" does not address any diagnosis CS Note recognises in your differential; it cannot tell whether it tests ${names}. Tie each study to a diagnosis.`;
}

export const workupUntied: Rule = {
  id: 'workup-untied',
  description: 'A diagnostic study addresses none of the diagnoses listed in Data Interpretation.',
  tags: ['workup', 'differential'],
  defaultSeverity: 'warning',
  checklist: 'workup',
  check({ analysis }, report) {
    // A loop, not flatMap: V8's flatMap costs about ten times as much, and this runs on every check.
    const diagnoses = new Set<string>();
    const unknown: AnalyzedDiagnosis[] = [];
    for (const dx of analysis.diagnoses) {
      if (dx.concept) diagnoses.add(dx.concept.id);
      else unknown.push(dx);
    }
    // Without one recognised diagnosis there is nothing to tie a study to; dx rules report that instead.
    if (diagnoses.size === 0) return;
    for (const study of analysis.studies) {
      const test = study.test;
      if (!test || test.addresses.some((id) => diagnoses.has(id)) || test.workupOf?.some((id) => diagnoses.has(id))) continue;
      report({
        message: untiedMessage(study.entry.text, unknown),
        span: study.entry.span,
        data: { test: test.id, unrecognisedDiagnoses: unknown.length },
      });
    }
  },
};
