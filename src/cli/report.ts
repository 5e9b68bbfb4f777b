// What the CLI prints: the JSON documents of the README, or a compact text report.
import { checkNote, type CheckResult } from '../core/check/checkNote';
import { CHECKLIST_TITLES } from '../core/check/score';
import { CHECKLIST_SECTIONS } from '../core/rules/rule';
import { LineIndex } from '../core/text/lineIndex';
import type { NoteInput } from './input';

export interface CheckedFile {
  readonly file: string;
  readonly result: CheckResult;
}

export function checkInputs(inputs: readonly NoteInput[], complaint: string | undefined): CheckedFile[] {
  return inputs.map((input) => ({ file: input.file, result: checkNote(input.text, { complaint }) }));
}

export function checkJson(files: readonly CheckedFile[]): string {
  const document = {
    files: files.map(({ file, result }) => ({
      file,
      complaint: result.complaint ?? null,
      findings: result.findings.map((finding) => ({
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        range: finding.range,
        data: finding.data,
      })),
      score: result.score,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function checkText(files: readonly CheckedFile[]): string {
  const out: string[] = [];
  for (const { file, result } of files) {
    out.push(`${file} (complaint: ${result.complaint ?? 'unknown'}${result.unknownComplaint ? `; '${result.unknownComplaint}' is not a known complaint` : ''})`);
    for (const finding of result.findings) {
      const { line, character } = finding.range.start;
      out.push(`  ${line + 1}:${character + 1}  ${finding.severity.padEnd(7)}  ${finding.message}  [${finding.rule}]`);
    }
    if (result.findings.length === 0) out.push('  no findings');
    const sections = CHECKLIST_SECTIONS.map((section) => `${CHECKLIST_TITLES[section]} ${result.score.sections[section].pass ? 'pass' : 'FAIL'}`);
    out.push(`  checklist: ${sections.join(', ')}`);
    out.push(`  ${result.score.summary}`, '');
  }
  return out.join('\n');
}

/** `cs-note findings`: every concept the grader recognised, with its polarity and section. */
export function findingsJson(inputs: readonly NoteInput[], complaint: string | undefined): string {
  const files = inputs.map((input) => {
    const { analysis } = checkNote(input.text, { complaint });
    const lines = new LineIndex(input.text);
    const sections: Array<[string, typeof analysis.history]> = [
      ['history', analysis.history],
      ['exam', analysis.exam],
      ...analysis.diagnoses.map((dx): [string, typeof analysis.history] => ['ddx', dx.support]),
    ];
    return {
      file: input.file,
      findings: sections.flatMap(([section, mentions]) =>
        mentions.map((mention) => ({
          concept: mention.concept,
          label: mention.label,
          polarity: mention.polarity,
          section,
          range: lines.rangeOf(mention.span),
        })),
      ),
    };
  });
  return `${JSON.stringify({ files }, null, 2)}\n`;
}

export function hasErrors(files: readonly CheckedFile[]): boolean {
  return files.some(({ result }) => result.findings.some((finding) => finding.severity === 'error'));
}
