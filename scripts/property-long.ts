// `npm run test:property:long [-- SCALE]`: the property tests (test/unit/property.test.ts) on SCALE
// times their cases (default 100: some 77 000 generated inputs, about a minute), a longer search than
// `npm test` makes. fast-check draws new cases on every run; a failure prints its seed and path.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { propertyScale } from '../test/support/propertyScale';

const root = path.resolve(__dirname, '..');
const scale = process.argv[2] ?? '100';
try {
  propertyScale(scale);
} catch (error) {
  console.error(`test:property:long: ${(error as Error).message}`);
  process.exit(2);
}
// --no-config: .mocharc.json would add every other unit test to the run.
const args = ['--no-config', '--require', 'tsx/cjs', '--extension', 'ts', 'test/unit/property.test.ts'];
const mocha = path.join(root, 'node_modules', '.bin', 'mocha');
const run = spawnSync(mocha, args, { cwd: root, stdio: 'inherit', env: { ...process.env, CS_NOTE_PROPERTY_SCALE: scale }, shell: process.platform === 'win32' });
if (run.error) {
  console.error(`test:property:long: could not start mocha (${run.error.message}); run npm ci first`);
  process.exit(2);
}
process.exit(run.status ?? 1);
