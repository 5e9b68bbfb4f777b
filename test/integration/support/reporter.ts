// Mocha reporter for the integration tests, used in both extension hosts (Node and web worker).
// It prints a readable, spec-like log and ends with one machine-readable line that
// scripts/test-all.mjs counts:  CSNOTE-RESULT passed=N failed=M pending=P
// It only listens to runner events, so it works with whichever mocha build runs it.

/** The part of Mocha's runner this reporter uses. */
interface RunnerLike {
  on(event: 'suite', listener: (suite: { title: string; root?: boolean }) => void): unknown;
  on(event: 'suite end', listener: (suite: { title: string; root?: boolean }) => void): unknown;
  on(event: 'pass' | 'pending', listener: (test: { title: string; duration?: number }) => void): unknown;
  on(event: 'fail', listener: (test: { title: string; fullTitle(): string }, error: unknown) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
}

export const RESULT_PREFIX = 'CSNOTE-RESULT';

export function formatResult(passed: number, failed: number, pending: number): string {
  return `${RESULT_PREFIX} passed=${passed} failed=${failed} pending=${pending}`;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

export class CsNoteReporter {
  constructor(runner: RunnerLike) {
    let depth = 0;
    let passed = 0;
    let pending = 0;
    const failures: string[] = [];
    const indent = () => '  '.repeat(depth);

    runner.on('suite', (suite) => {
      if (suite.root) return;
      console.log(`${indent()}${suite.title}`);
      depth++;
    });
    runner.on('suite end', (suite) => {
      if (!suite.root) depth--;
    });
    runner.on('pass', (test) => {
      passed++;
      console.log(`${indent()}✔ ${test.title}${test.duration ? ` (${test.duration}ms)` : ''}`);
    });
    runner.on('pending', (test) => {
      pending++;
      console.log(`${indent()}- ${test.title} (pending)`);
    });
    runner.on('fail', (test, error) => {
      failures.push(`${failures.length + 1}) ${test.fullTitle()}\n${describeError(error)}`);
      console.log(`${indent()}✘ ${failures.length}) ${test.title}`);
    });
    runner.on('end', () => {
      console.log(`\n${passed} passing, ${failures.length} failing${pending ? `, ${pending} pending` : ''}`);
      for (const failure of failures) console.error(`\n${failure}`);
      console.log(formatResult(passed, failures.length, pending));
    });
  }
}
