import { insertAt, eolOf, trimmedEnd } from '../check/edits';
import { testsForDiagnosis } from '../clinical/knowledgeIndex';
import { sectionById } from '../note/model';
import type { Fix } from '../types';
import type { Rule, RuleContext } from './rule';

function addStudyFix({ note }: RuleContext, label: string, diagnosis: string): Fix[] {
  const workup = sectionById(note, 'workup');
  if (!workup) return [];
  const end = trimmedEnd(note.text, workup.span);
  const eol = eolOf(note.text);
  return [{ title: `Add ${label} to Diagnostic Studies (tests ${diagnosis})`, edits: [insertAt(end, `${eol}- ${label}`)], safe: true }];
}

export const dxUntested: Rule = {
  id: 'dx-untested',
  description: 'A diagnosis in the differential is addressed by no diagnostic study (diagnoses made clinically when typical, such as migraine or BPPV, are exempt).',
  tags: ['workup', 'differential'],
  defaultSeverity: 'warning',
  checklist: 'workup',
  check(context, report) {
    const { analysis, index } = context;
    // Loops, not flatMap: V8's flatMap costs about ten times as much, and this runs on every check.
    const tested = new Set<string>();
    for (const study of analysis.studies) for (const id of study.test?.addresses ?? []) tested.add(id);
    for (const dx of analysis.diagnoses) {
      // A diagnosis made clinically when typical (migraine, BPPV…) needs no study; asking for one teaches over-testing.
      if (!dx.concept || tested.has(dx.concept.id) || dx.concept.clinicalDiagnosis !== undefined) continue;
      const suggestion = testsForDiagnosis(index, dx.concept.id)[0];
      report({
        message: `No study in Diagnostic Studies addresses ${dx.concept.label}.${suggestion ? ` Consider ${suggestion.label}.` : ''}`,
        span: dx.entry.nameSpan,
        data: { diagnosis: dx.concept.id, ...(suggestion ? { test: suggestion.id } : {}) },
        fixes: suggestion ? addStudyFix(context, suggestion.label, dx.concept.label) : [],
      });
    }
  },
};
