// @vscode/test-cli configuration for the Node extension host integration tests.
//
// Where desktop VS Code is available (`code` on PATH, or CSNOTE_TEST_HOST=electron) the tests
// run in Electron as usual (test-electron downloads a matching VS Code). Otherwise, e.g. on CI
// machines that reach only the npm registry, they run in code-server 4.100.3 (VS Code 1.100.3)
// driven by headless Chromium: scripts/code-server-launcher.js stands in for the VS Code
// executable. Force it with CSNOTE_TEST_HOST=code-server. Install code-server first with
// `bash scripts/setup-code-server.sh` (scripts/test-all.mjs does this for you).
//
// Build the tests first: `node scripts/build-tests.mjs` (and the extension: `npm run build`).
import { defineConfig } from '@vscode/test-cli';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

function desktopCodeAvailable() {
  const probe = spawnSync('code', ['--version'], { stdio: 'ignore', timeout: 20000 });
  return probe.status === 0;
}

const host = process.env.CSNOTE_TEST_HOST || (desktopCodeAvailable() ? 'electron' : 'code-server');
if (host !== 'electron' && host !== 'code-server') {
  throw new Error(`CSNOTE_TEST_HOST must be "electron" or "code-server", not "${host}"`);
}

export default defineConfig({
  label: `integration (${host})`,
  files: 'out/test/integration/node/**/*.test.js',
  extensionDevelopmentPath: root,
  workspaceFolder: path.join(root, 'test', 'integration', 'workspace'),
  launchArgs: ['--disable-extensions'],
  ...(host === 'code-server'
    ? { useInstallation: { fromPath: path.join(root, 'scripts', 'code-server-launcher.js') } }
    : {}),
  mocha: {
    ui: 'tdd',
    timeout: 60000,
    // Prints a spec-like log and the CSNOTE-RESULT line that scripts/test-all.mjs counts.
    reporter: path.join(root, 'out', 'test', 'integration', 'node', 'reporter.js'),
  },
});
