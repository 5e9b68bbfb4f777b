// Test runner for the web extension host: mocha's browser build, set up before the test files
// are loaded (scripts/build-tests.mjs generates the entry that loads them in between).
import 'mocha/mocha';
import { CsNoteReporter } from '../support/reporter';

export function setup(): void {
  mocha.setup({ ui: 'tdd', reporter: CsNoteReporter as unknown as Mocha.ReporterConstructor, timeout: 60000, color: false });
}

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
