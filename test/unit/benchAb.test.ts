// `npm run bench:ab`, the alternated comparison of two versions of the checker, run as a developer
// runs it. Its figures are timings and not asserted; what is asserted is that it builds both versions,
// compares their output, prints every figure as a number, and fails clearly on a bad revision.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const AB = path.join(ROOT, 'bench', 'ab.ts');

function runAb(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['--import', 'tsx', AB, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120000 });
}

function gitOk(args: readonly string[]): string | undefined {
  const run = spawnSync('git', ['-C', ROOT, ...args], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout : undefined;
}

function figures(stdout: string): Map<string, string> {
  return new Map(stdout.split('\n').filter((row) => row.includes(': ')).map((row) => [row.slice(0, row.indexOf(': ')), row.slice(row.indexOf(': ') + 2)]));
}

describe('bench:ab', function () {
  this.timeout(120000);

  before(function () {
    // Only a git checkout has revisions to compare.
    if (gitOk(['rev-parse', '--verify', 'HEAD']) === undefined) this.skip();
  });

  it('builds the checker at a revision and the working tree, compares their output and prints the timings as numbers', () => {
    const run = runAb(['HEAD', '--rounds', '1', '--warmup-ms', '0']);
    assert.equal(run.status, 0, run.stderr);
    const shown = figures(run.stdout);
    assert.match(shown.get('ab.base') ?? '', /^HEAD \([0-9a-f]{7}\)$/);
    assert.equal(shown.get('ab.rounds'), '1');
    assert.ok(Number(shown.get('ab.notes')) >= 10, run.stdout);
    for (const name of ['ab.base.median.ms', 'ab.head.median.ms', 'ab.ratio.median', 'ab.ratio.mean']) {
      const value = Number(shown.get(name));
      assert.ok(Number.isFinite(value) && value > 0, `${name}: ${shown.get(name)}`);
    }
    // The working tree is HEAD itself unless the sources have uncommitted changes.
    const sourcesChanged = (gitOk(['status', '--porcelain', '--', 'src']) ?? '').trim() !== '';
    if (sourcesChanged) assert.match(shown.get('ab.same-output') ?? '', /^(?:yes|no \(\d+ of \d+ notes differ\))$/);
    else assert.equal(shown.get('ab.same-output'), 'yes');
  });

  it('says which revision it does not know, on stderr with exit 2 and no stack trace', () => {
    const run = runAb(['no-such-revision-xyz']);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr.trim(), 'bench:ab: unknown git revision "no-such-revision-xyz"');
  });

  it('asks for a revision when none is given, and for a whole number of rounds', () => {
    const none = runAb([]);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /^bench:ab: usage: npm run bench:ab -- REF/);
    const badRounds = runAb(['HEAD', '--rounds', 'many']);
    assert.equal(badRounds.status, 2);
    assert.equal(badRounds.stderr.trim(), 'bench:ab: --rounds needs a whole number, not "many"');
  });
});
