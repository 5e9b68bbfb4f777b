import type { AnalyzedDiagnosis, NoteAnalysis } from '../check/analysis';
import type { Rule } from './rule';

/**
 * Support findings that the note's own history or exam says the opposite of: listed as present but
 * only ever denied there, or listed as absent ("afebrile") but only ever present there. A pertinent
 * negative the note agrees with is good support ("PE: afebrile, no CVA tenderness" for cystitis).
 */
function contradictedSupport(dx: AnalyzedDiagnosis, analysis: NoteAnalysis): string[] {
  const body = [...analysis.history, ...analysis.exam];
  const contradicted: string[] = [];
  for (const support of dx.support) {
    const elsewhere = body.filter((mention) => mention.concept === support.concept);
    const opposite = support.polarity === 'affirmed' ? 'negated' : 'affirmed';
    if (elsewhere.length > 0 && elsewhere.every((mention) => mention.polarity === opposite)) contradicted.push(support.label);
  }
  return [...new Set(contradicted)];
}

function hasSupportText(dx: AnalyzedDiagnosis, text: string): boolean {
  return dx.entry.support.some((line) => text.slice(line.span.start, line.span.end).trim().length > 0);
}

export const dxUnsupported: Rule = {
  id: 'dx-unsupported',
  description: 'A diagnosis has no supporting history or exam findings, or support that the note itself negates.',
  tags: ['differential'],
  defaultSeverity: 'warning',
  checklist: 'differential',
  check({ note, analysis }, report) {
    for (const dx of analysis.diagnoses) {
      const name = dx.concept?.label ?? dx.entry.name;
      if (!hasSupportText(dx, note.text)) {
        report({
          message: `${name} has no supporting findings. List the history and exam findings that support it.`,
          span: dx.entry.nameSpan,
          data: { diagnosis: dx.concept?.id ?? dx.entry.name, reason: 'no-support' },
        });
        continue;
      }
      const contradicted = contradictedSupport(dx, analysis);
      if (contradicted.length === 0) continue;
      report({
        message: `Support for ${name} is negated in your own note: ${contradicted.join(', ')}.`,
        span: dx.entry.nameSpan,
        data: { diagnosis: dx.concept?.id ?? dx.entry.name, reason: 'negated-support', findings: contradicted.join(', ') },
      });
    }
  },
};
