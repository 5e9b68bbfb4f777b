// What a check of a note found, in a form two processes can compare (wordIdsFull.test.ts).
import { checkNote } from '../../src/core/check/checkNote';

export function summarizeCheck(text: string): unknown {
  const result = checkNote(text);
  const mentions = (list: readonly { concept: string; polarity: string; span: { start: number; end: number } }[]): string[] =>
    list.map((m) => `${m.concept}:${m.polarity}@${m.span.start}-${m.span.end}`);
  return {
    complaint: result.complaint ?? null,
    findings: result.findings.map((f) => [f.rule, f.span.start, f.span.end, f.message]),
    history: mentions(result.analysis.history),
    exam: mentions(result.analysis.exam),
    diagnoses: result.analysis.diagnoses.map((d) => [d.concept?.id ?? null, mentions(d.support)]),
    studies: result.analysis.studies.map((s) => [s.test?.id ?? null, s.treatment?.id ?? null]),
  };
}
