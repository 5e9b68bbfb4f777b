// Fixture notes with their expected findings written inline, markdownlint-style:
//   ROS: denies cough.  <!-- expect: missing-red-flag=fever, ros-systems -->
// Each expectation is a rule id, optionally `=` the finding's subject (red flag, test, diagnosis …),
// expected on the line where the comment is. Comments are blanked before checking so their words
// are never read as clinical findings and offsets stay put.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../../src/core/types';

export interface Expectation {
  readonly line: number;
  readonly rule: string;
  readonly subject: string | undefined;
}

export interface Fixture {
  readonly name: string;
  readonly text: string;
  readonly expected: readonly Expectation[];
}

const EXPECT_COMMENT = /<!--\s*expect:([^>]*?)-->/g;

export const FIXTURE_DIR = path.resolve(__dirname, '../fixtures');

export function blankComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\r\n]/g, ' '));
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

export function parseExpectations(raw: string): Expectation[] {
  const expected: Expectation[] = [];
  for (const match of raw.matchAll(EXPECT_COMMENT)) {
    const line = lineOf(raw, match.index ?? 0);
    for (const item of (match[1] ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
      const [rule, subject] = item.split('=').map((part) => part.trim());
      expected.push({ line, rule: rule ?? item, subject: subject || undefined });
    }
  }
  return expected;
}

export function loadFixtures(dir = FIXTURE_DIR): Fixture[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const raw = fs.readFileSync(path.join(dir, file), 'utf8');
      return { name: file, text: blankComments(raw), expected: parseExpectations(raw) };
    });
}

const SUBJECT_KEYS = ['redFlag', 'diagnosis', 'test', 'element', 'maneuver', 'section', 'treatment'] as const;

/** The one datum that names what a finding is about, as written in fixtures. */
export function subjectOf(finding: Finding): string | undefined {
  for (const key of SUBJECT_KEYS) {
    const value = finding.data[key];
    if (typeof value === 'string') return value;
  }
  return undefined;
}

export function keyOf(item: { line: number; rule: string; subject: string | undefined }): string {
  return `${item.line + 1}:${item.rule}${item.subject ? `=${item.subject}` : ''}`;
}

export function actualKeys(findings: readonly Finding[], expected: readonly Expectation[]): string[] {
  // A subject is compared only where the fixture names one, so "ros-systems" needs no datum.
  return findings.map((finding) => {
    const line = finding.range.start.line;
    const named = expected.some((e) => e.line === line && e.rule === finding.rule && e.subject === undefined);
    return keyOf({ line, rule: finding.rule, subject: named ? undefined : subjectOf(finding) });
  });
}
