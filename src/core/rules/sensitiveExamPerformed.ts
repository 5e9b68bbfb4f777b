import { eolOf, insertAt, trimmedEnd } from '../check/edits';
import { findConceptSpans, findMentions } from '../clinical/matcher';
import { sectionById } from '../note/model';
import type { Span, TextEdit } from '../types';
import type { Rule, RuleContext } from './rule';
import { isOneOf } from '../text/chars';

// "Rectal exam deferred" in the exam is not a performed exam.
const DEFERRED = /^[^.;\n]{0,20}\b(?:deferred|not (?:done|performed)|to be done|declined)\b/i;

const CLAUSE_STOPS = '.;\n';

/** The clause around a mention: from the previous sentence break to the next one. */
function clauseAround(text: string, span: Span, within: Span): Span {
  let start = span.start;
  while (start > within.start && !isOneOf(text, start - 1, CLAUSE_STOPS)) start--;
  let end = span.end;
  while (end < within.end && !isOneOf(text, end, CLAUSE_STOPS)) end++;
  if (end < within.end && isOneOf(text, end, '.;')) end++;
  return { start, end };
}

function moveEdits({ note }: RuleContext, clause: Span, label: string): TextEdit[] {
  const workup = sectionById(note, 'workup');
  if (!workup) return [];
  const end = trimmedEnd(note.text, workup.span);
  return [{ span: clause, newText: '' }, insertAt(end, `${eolOf(note.text)}- ${label}`)];
}

export const sensitiveExamPerformed: Rule = {
  id: 'sensitive-exam-performed',
  description: 'A rectal, pelvic, genitourinary or breast exam is written as performed; at the encounter these belong in Diagnostic Studies.',
  tags: ['exam', 'workup'],
  defaultSeverity: 'error',
  checklist: 'pe',
  check(context, report) {
    const { note, analysis, index } = context;
    const exam = analysis.examSpan;
    if (!exam) return;
    // Most exams name no sensitive exam: a plain look-up rules that out before the polarity pass.
    const named = findConceptSpans(analysis.tokens, index.testLexicon, exam);
    if (!named.some((span) => index.testById.get(span.concept)?.sensitiveExam)) return;
    // "Pelvic exam: + cervical motion tenderness" names one pelvic exam twice: one finding per clause and test.
    const reported = new Set<string>();
    for (const mention of findMentions(analysis.tokens, index.testLexicon, exam)) {
      const test = index.testById.get(mention.concept);
      if (!test?.sensitiveExam || mention.polarity === 'negated') continue;
      if (DEFERRED.test(note.text.slice(mention.span.end, exam.end))) continue;
      const clause = clauseAround(note.text, mention.span, exam);
      const key = `${clause.start}:${test.id}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const edits = moveEdits(context, clause, test.label);
      report({
        message: `Do not perform a ${test.label} at the encounter: list it under Diagnostic Studies instead.`,
        span: mention.span,
        data: { test: test.id },
        // Moving deletes what the student wrote in the exam, so it is offered, never applied in bulk.
        fixes: edits.length > 0 ? [{ title: `Move ${test.label} to Diagnostic Studies`, edits, safe: false }] : [],
      });
    }
  },
};
