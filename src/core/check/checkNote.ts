// checkNote(text, options): parse, analyse once, run every enabled rule, score.
import { builtinKnowledge } from '../clinical/data/index';
import { indexKnowledge } from '../clinical/knowledgeIndex';
import { parseNote } from '../note/parse';
import type { NoteModel } from '../note/model';
import { RULES } from '../rules/index';
import type { Rule, RuleContext } from '../rules/rule';
import { LineIndex } from '../text/lineIndex';
import type { Finding, FindingInput, Severity, Span } from '../types';
import { analyzeNote, type NoteAnalysis } from './analysis';
import { resolveComplaint, type ComplaintSource } from './complaint';
import { resolveLimits, type CheckOptions } from './options';
import { scoreNote, type NoteScore } from './score';

export interface CheckResult {
  readonly note: NoteModel;
  readonly analysis: NoteAnalysis;
  readonly complaint: string | undefined;
  readonly complaintSource: ComplaintSource;
  /** A complaint id that was asked for but is not known. */
  readonly unknownComplaint: string | undefined;
  readonly findings: readonly Finding[];
  readonly score: NoteScore;
}

function severityOf(rule: Rule, options: CheckOptions): Severity | 'off' {
  return options.severities?.[rule.id] ?? rule.defaultSeverity;
}

/** Whether an offset falls between the \r and the \n of a CRLF, where no editor position can be. */
function insideCrlf(text: string, offset: number): boolean {
  return offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10;
}

/**
 * Keeps a span inside the text and off the middle of a CRLF (a rule cutting at a character count,
 * like section-length, can land there): the start moves back to the \r, the end forward past the \n.
 */
function clampSpan(span: Span, text: string): Span {
  const length = text.length;
  let start = Math.max(0, Math.min(span.start, length));
  if (insideCrlf(text, start)) start--;
  let end = Math.max(start, Math.min(span.end, length));
  if (insideCrlf(text, end)) end++;
  return { start, end };
}

function runRule(rule: Rule, severity: Severity, context: RuleContext, lines: LineIndex): Finding[] {
  const findings: Finding[] = [];
  const text = context.note.text;
  rule.check(context, (input: FindingInput) => {
    const span = clampSpan(input.span, text);
    findings.push({
      rule: rule.id,
      severity,
      message: input.message,
      span,
      range: lines.rangeOf(span),
      data: input.data ?? {},
      fixes: input.fixes ?? [],
    });
  });
  return findings;
}

export function checkNote(text: string, options: CheckOptions = {}): CheckResult {
  const index = indexKnowledge(options.knowledge ?? builtinKnowledge);
  const note = parseNote(text);
  const analysis = analyzeNote(note, index);
  const resolved = resolveComplaint(note, analysis.tokens, index, options.complaint);
  const context: RuleContext = { note, analysis, index, complaint: resolved.complaint, limits: resolveLimits(options.limits) };
  const lines = new LineIndex(text);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = severityOf(rule, options);
    if (severity !== 'off') findings.push(...runRule(rule, severity, context, lines));
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
  return {
    note,
    analysis,
    complaint: resolved.complaint?.id,
    complaintSource: resolved.source,
    unknownComplaint: resolved.unknownId,
    findings,
    score: scoreNote(findings),
  };
}
