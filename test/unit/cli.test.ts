// The command-line grader as a user runs it: bundled by esbuild exactly like dist/cli.js (into a
// temp dir, so the test needs no prior build), spawned with node. Bad input: one line on stderr,
// exit 2, nothing on stdout, never a stack trace.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(__dirname, '../..');

const CHEST_PAIN = fs.readFileSync(path.join(ROOT, 'test/integration/workspace/chest-pain.note.md'), 'utf8');

/** All four parts, no complaint: warnings and info only, so exit 0. */
const NO_ERRORS = `---
csnote: 1
---

## History

HPI: Here for a routine visit.

## Physical Examination

VS: BP 120/80, HR 70, RR 14, T 98.6 F

## Data Interpretation

### 1. Well adult
- History: no complaints
- PE: normal

## Diagnostic Studies

- CBC
`;

/** The uid and gid of the unprivileged user 'nobody', when the system has one. */
function nobody(): { uid: number; gid: number } | undefined {
  const id = (flag: string): number => Number(spawnSync('id', [flag, 'nobody'], { encoding: 'utf8' }).stdout.trim() || NaN);
  const uid = id('-u');
  const gid = id('-g');
  return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
}

/**
 * The environment for the CLI's runs. Under c8, Node hands every child its coverage directory even
 * when the environment leaves it out, and a run as 'nobody' cannot write there: such runs get a
 * directory of their own that anyone may write to, which is thrown away.
 */
function cliEnvironment(coverageDir: string): NodeJS.ProcessEnv {
  return process.env['NODE_V8_COVERAGE'] === undefined ? process.env : { ...process.env, NODE_V8_COVERAGE: coverageDir };
}

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

describe('cs-note CLI', function () {
  this.timeout(30000);
  let dir: string;
  let cli: string;
  let coverageDir: string;

  const run = (args: readonly string[], input?: string, as?: { uid: number; gid: number }): Run => {
    const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, env: cliEnvironment(coverageDir), encoding: 'utf8', input: input ?? '', timeout: 20000, ...as });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  const file = (name: string, content: string | Buffer): string => {
    const target = path.join(dir, name);
    fs.writeFileSync(target, content);
    return target;
  };

  /** A usage or input error: one clear line on stderr, exit 2, nothing on stdout, no stack trace. */
  const assertOneLineError = (result: Run, pattern: RegExp): void => {
    assert.equal(result.status, 2, `exit 2 (stderr: ${result.stderr})`);
    assert.equal(result.stdout, '', 'nothing on stdout');
    const lines = result.stderr.split('\n').filter((line) => line.length > 0);
    assert.equal(lines.length, 1, `one line on stderr, got:\n${result.stderr}`);
    assert.match(lines[0] as string, /^cs-note: /);
    assert.match(lines[0] as string, pattern);
    assert.doesNotMatch(result.stderr, /\n\s+at |Error:|TypeError/, 'no stack trace');
  };

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-note-cli-'));
    coverageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-note-cli-coverage-'));
    fs.chmodSync(coverageDir, 0o777);
    cli = path.join(dir, 'cli.js');
    await esbuild.build({ entryPoints: [path.join(ROOT, 'src/cli/main.ts')], outfile: cli, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'silent' });
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    if (coverageDir) fs.rmSync(coverageDir, { recursive: true, force: true });
  });

  describe('bad input and usage', () => {
    it('a nonexistent path', () => {
      assertOneLineError(run(['check', 'no-such-note.md']), /no-such-note\.md: no such file/);
    });

    it('an unreadable file (chmod 000)', function () {
      if (process.platform === 'win32') this.skip();
      // Root reads any file, so as root (as in CI) the CLI is run as the unprivileged 'nobody'.
      const as = process.getuid?.() === 0 ? nobody() : undefined;
      if (process.getuid?.() === 0 && !as) this.skip();
      if (as) fs.chmodSync(dir, 0o755);
      const target = file('locked.note.md', CHEST_PAIN);
      fs.chmodSync(target, 0o000);
      try {
        assertOneLineError(run(['check', target], '', as), /locked\.note\.md: cannot read \(EACCES\)/);
      } finally {
        fs.chmodSync(target, 0o644);
      }
    });

    it('a directory', () => {
      fs.mkdirSync(path.join(dir, 'notes'), { recursive: true });
      assertOneLineError(run(['check', 'notes']), /notes: is a directory/);
    });

    it('a binary file', () => {
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
      assertOneLineError(run(['check', file('image.png', png)]), /image\.png: looks like a binary file/);
    });

    it('an empty file', () => {
      assertOneLineError(run(['check', file('empty.note.md', '')]), /empty\.note\.md: is empty/);
    });

    it('empty standard input', () => {
      assertOneLineError(run(['check', '-'], ''), /standard input is empty/);
    });

    it('no command', () => {
      assertOneLineError(run([]), /missing command/);
    });

    it('no file', () => {
      assertOneLineError(run(['check']), /no input/);
    });

    it('an unknown command', () => {
      assertOneLineError(run(['grade', 'x.md']), /unknown command 'grade'/);
    });

    it('an unknown option', () => {
      assertOneLineError(run(['check', '--bogus', file('a.note.md', CHEST_PAIN)]), /unknown option '--bogus'/);
    });

    it('an option without its value, and a bad --format', () => {
      assertOneLineError(run(['check', 'a.note.md', '--format']), /--format needs a value/);
      assertOneLineError(run(['check', '--format', 'xml', 'a.note.md']), /--format must be text or json/);
    });

    it('one bad file among good ones fails the run before anything is printed', () => {
      assertOneLineError(run(['check', file('good.note.md', CHEST_PAIN), 'missing.note.md']), /missing\.note\.md: no such file/);
    });

    it('--help prints the usage on stdout and exits 0', () => {
      const result = run(['--help']);
      assert.equal(result.status, 0);
      assert.match(result.stdout, /^Usage: cs-note/);
      assert.equal(result.stderr, '');
    });
  });

  describe('check', () => {
    it('--format json has the README shape, one entry per file', () => {
      const first = file('chest.note.md', CHEST_PAIN);
      const second = file('clean.note.md', NO_ERRORS);
      const result = run(['check', '--format', 'json', first, second]);
      assert.equal(result.stderr, '');
      const document = JSON.parse(result.stdout) as { files: Array<Record<string, unknown>> };
      assert.deepEqual(Object.keys(document), ['files']);
      assert.equal(document.files.length, 2);
      assert.deepEqual(document.files.map((entry) => entry.file), [first, second]);
      for (const entry of document.files) {
        assert.deepEqual(Object.keys(entry).sort(), ['complaint', 'file', 'findings', 'score']);
        assert.ok(entry.complaint === null || typeof entry.complaint === 'string');
        const score = entry.score as { sections: Record<string, { pass: unknown; reasons: unknown }>; passed: unknown; total: unknown; redFlagsMissed: unknown; summary: unknown };
        assert.deepEqual(Object.keys(score).sort(), ['passed', 'redFlagsMissed', 'sections', 'summary', 'total']);
        assert.deepEqual(Object.keys(score.sections), ['hpi', 'ros', 'pe', 'differential', 'workup']);
        for (const section of Object.values(score.sections)) {
          assert.equal(typeof section.pass, 'boolean');
          assert.ok(Array.isArray(section.reasons));
        }
        assert.equal(typeof score.passed, 'number');
        assert.equal(score.total, 5);
        assert.ok(Array.isArray(score.redFlagsMissed));
        assert.equal(typeof score.summary, 'string');
        assert.ok(Array.isArray(entry.findings));
        for (const finding of entry.findings as Array<Record<string, unknown>>) {
          assert.deepEqual(Object.keys(finding).sort(), ['data', 'message', 'range', 'rule', 'severity']);
          assert.equal(typeof finding.rule, 'string');
          assert.ok(['error', 'warning', 'info'].includes(finding.severity as string));
          assert.equal(typeof finding.message, 'string');
          assert.equal(typeof finding.data, 'object');
          const range = finding.range as { start: { line: number; character: number }; end: { line: number; character: number } };
          for (const position of [range.start, range.end]) {
            assert.deepEqual(Object.keys(position).sort(), ['character', 'line']);
            assert.ok(Number.isInteger(position.line) && position.line >= 0);
            assert.ok(Number.isInteger(position.character) && position.character >= 0);
          }
        }
      }
      assert.equal(document.files[0]?.complaint, 'chest-pain');
      assert.ok((document.files[0]?.findings as Array<{ rule: string }>).some((finding) => finding.rule === 'missing-red-flag'));
    });

    it('exits 1 when there are error-severity findings', () => {
      const result = run(['check', '--format', 'json', file('chest.note.md', CHEST_PAIN)]);
      assert.equal(result.status, 1);
      assert.ok(result.stdout.length > 0, 'the report is still printed');
    });

    it('exits 0 when there are none', () => {
      const result = run(['check', file('clean.note.md', NO_ERRORS)]);
      assert.equal(result.status, 0, result.stdout);
      assert.match(result.stdout, /checklist: /);
    });

    it('- reads the note from standard input', () => {
      const result = run(['check', '--format', 'json', '-'], CHEST_PAIN);
      assert.equal(result.status, 1);
      const document = JSON.parse(result.stdout) as { files: Array<{ file: string; complaint: string }> };
      assert.equal(document.files[0]?.file, '-');
      assert.equal(document.files[0]?.complaint, 'chest-pain');
    });

    it('CRLF, BOM, unicode and a NUL-free odd note are graded, not rejected', () => {
      const odd = `\uFEFF${CHEST_PAIN.replace(/\n/g, '\r\n')}\r\nNote: 患者 😀 ألم\r\n`;
      const result = run(['check', '--format', 'json', file('odd.note.md', odd)]);
      assert.equal(result.status, 1, result.stderr);
      assert.equal(result.stderr, '');
      assert.equal((JSON.parse(result.stdout) as { files: unknown[] }).files.length, 1);
    });
  });

  describe('findings', () => {
    it('prints { files: [ { file, findings: [ { concept, label, polarity, section, range } ] } ] }', () => {
      const target = file('chest.note.md', CHEST_PAIN);
      const result = run(['findings', target]);
      assert.equal(result.status, 0, result.stderr);
      const document = JSON.parse(result.stdout) as { files: Array<{ file: string; findings: Array<Record<string, unknown>> }> };
      assert.deepEqual(Object.keys(document), ['files']);
      assert.equal(document.files[0]?.file, target);
      const findings = document.files[0]?.findings ?? [];
      assert.ok(findings.length > 0);
      for (const finding of findings) {
        assert.deepEqual(Object.keys(finding).sort(), ['concept', 'label', 'polarity', 'range', 'section']);
        assert.ok(['history', 'exam', 'ddx'].includes(finding.section as string), String(finding.section));
        assert.equal(typeof finding.concept, 'string');
        assert.equal(typeof finding.polarity, 'string');
      }
      const fever = findings.find((finding) => finding.concept === 'fever');
      assert.equal(fever?.polarity, 'negated', 'Denies fever');
    });
  });
});
