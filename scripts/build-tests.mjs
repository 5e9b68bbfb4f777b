// Bundles the integration tests (test/integration/*.test.ts) for both extension hosts:
//   out/test/integration/node/<name>.test.js  one CommonJS file per test, run by @vscode/test-cli
//   out/test/integration/node/reporter.js     the mocha reporter that prints CSNOTE-RESULT
//   out/test/integration/web/index.js         ONE browser bundle: mocha + every test file, run()
// Usage: node scripts/build-tests.mjs
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const testDir = path.join(root, 'test', 'integration');
const outDir = path.join(root, 'out', 'test', 'integration');

const testFiles = readdirSync(testDir)
  .filter((name) => name.endsWith('.test.ts'))
  .sort();
if (testFiles.length === 0) {
  console.error(`build-tests: no *.test.ts files in ${testDir}`);
  process.exit(1);
}

const common = {
  absWorkingDir: root,
  bundle: true,
  sourcemap: 'inline',
  sourcesContent: false,
  logLevel: 'warning',
  target: 'es2022',
  format: 'cjs',
  external: ['vscode'],
};

rmSync(outDir, { recursive: true, force: true });

// Node host: @vscode/test-cli's runner creates mocha (TDD ui) and adds each file.
const node = esbuild.build({
  ...common,
  platform: 'node',
  entryPoints: [
    ...testFiles.map((name) => ({ in: path.join(testDir, name), out: name.replace(/\.ts$/, '') })),
    { in: path.join(testDir, 'node', 'reporter.ts'), out: 'reporter' },
  ],
  outdir: path.join(outDir, 'node'),
});

// Web host: the extension host loads this file and calls run(). Mocha must be set up before the
// test files define their suites, so the generated entry requires them in that order.
const webEntry = [
  "const runner = require('./test/integration/web/runner.ts');",
  'runner.setup();',
  ...testFiles.map((name) => `require(${JSON.stringify(`./test/integration/${name}`)});`),
  'exports.run = runner.run;',
].join('\n');
const web = esbuild.build({
  ...common,
  platform: 'browser',
  mainFields: ['browser', 'module', 'main'],
  stdin: { contents: webEntry, resolveDir: root, sourcefile: 'web-tests-entry.js', loader: 'js' },
  outfile: path.join(outDir, 'web', 'index.js'),
  // mocha's browser build refers to Node's globals; the web worker has neither.
  define: { global: 'globalThis' },
});

await Promise.all([node, web]);
console.log(`build-tests: bundled ${testFiles.length} test file(s) for the Node and web hosts`);
