#!/usr/bin/env node
// Stand-in "VS Code executable" for @vscode/test-cli (`useInstallation: { fromPath }`) and
// @vscode/test-electron (`vscodeExecutablePath`) on machines without desktop VS Code.
//
// It accepts the arguments those runners pass (--extensionDevelopmentPath=…,
// --extensionTestsPath=…, a workspace folder, and desktop flags it ignores), starts the offline
// code-server install on a free 127.0.0.1 port with throw-away user-data and extension folders,
// opens the workbench in Debian's headless Chromium with the extension-test payload, forwards the
// test output, and exits with the tests' exit code.
//
// Environment: CSNOTE_TEST_TIMEOUT_MS (default 600000), CSNOTE_VERBOSE=1 (browser console and
// code-server log), CSNOTE_CODE_SERVER_DIR, CSNOTE_CHROMIUM, CSNOTE_KEEP_TMP=1.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const cs = require('./lib/code-server.js');

const TIMEOUT_MS = Number(process.env.CSNOTE_TEST_TIMEOUT_MS || 600000);
const VERBOSE = Boolean(process.env.CSNOTE_VERBOSE);
const PREFIX = '[code-server-launcher]';
/** Workbench chatter that says nothing about the tests (shown with CSNOTE_VERBOSE=1). */
const NOISE = [/open-vsx\.org/, /^Creating a socket/, /^Resolved connection token/, /^\[Service Worker\]/, /^Updating additional builtin/, /^ChatSessionStore/];

/** Exit codes of the launcher itself (the tests' own code is passed through otherwise). */
const EXIT = { usage: 64, startup: 70, timeout: 124, crash: 71 };

function parseArgs(argv) {
  const result = { devPaths: [], testsPath: undefined, folder: undefined };
  const value = (arg) => arg.slice(arg.indexOf('=') + 1);
  for (const arg of argv) {
    if (arg.startsWith('--extensionDevelopmentPath=')) result.devPaths.push(path.resolve(value(arg)));
    else if (arg.startsWith('--extensionTestsPath=')) result.testsPath = path.resolve(value(arg));
    else if (arg === '--version') result.version = true;
    else if (!arg.startsWith('-') && !result.folder) result.folder = path.resolve(arg);
    // Everything else (--no-sandbox, --disable-updates, --user-data-dir=… from the desktop
    // runners) has no meaning for code-server in a browser and is ignored.
  }
  return result;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.version) {
    console.log('1.100.3 (code-server launcher)');
    return 0;
  }
  if (!args.testsPath || args.devPaths.length === 0) {
    console.error(`${PREFIX} usage: code-server-launcher.js --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [FOLDER]`);
    return EXIT.usage;
  }
  try {
    cs.checkPrerequisites();
  } catch (error) {
    console.error(`${PREFIX} ${error.message}`);
    return EXIT.startup;
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'csnote-test-'));
  let server;
  let browser;
  let cleanedUp = false;
  const cleanup = async () => {
    if (cleanedUp) return;
    cleanedUp = true;
    await browser?.close().catch(() => undefined);
    server?.stop();
    if (!process.env.CSNOTE_KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
  };

  return new Promise((resolve) => {
    let settled = false;
    const finish = (code, message) => {
      if (settled) return;
      settled = true;
      if (message) console.error(`${PREFIX} ${message}`);
      clearTimeout(timer);
      cleanup().finally(() => resolve(code));
    };
    const timer = setTimeout(
      () => finish(EXIT.timeout, `timed out after ${TIMEOUT_MS / 1000}s waiting for the tests to finish (set CSNOTE_TEST_TIMEOUT_MS to change)`),
      TIMEOUT_MS,
    );
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => finish(130, `interrupted (${signal})`));

    (async () => {
      server = await cs.startCodeServer({
        userDataDir: path.join(tmp, 'user-data'),
        extensionsDir: path.join(tmp, 'extensions'),
        log: VERBOSE ? (line) => console.log(`[code-server] ${line}`) : undefined,
      });
      server.child.on('exit', (code, signal) => finish(EXIT.crash, `code-server exited unexpectedly (${code ?? signal}). Output:\n${server.output()}`));

      browser = await cs.launchChromium();
      const page = await browser.newPage();
      page.on('pageerror', (error) => VERBOSE && console.error('[page error]', error.message));
      if (VERBOSE) page.on('console', (message) => console.log('[page]', message.text()));
      // The browser workbench forwards the extension host's test output here and reports the
      // result through codeAutomationExit, as VS Code's own browser integration tests do.
      await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
        const parts = Array.isArray(logArgs) ? logArgs : [logArgs];
        if (!VERBOSE && NOISE.some((re) => re.test(String(parts[0])))) return;
        const write = type === 'error' || type === 'warn' ? console.error : console.log;
        write(...parts);
      });
      await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code) || 0));

      const payload = [
        ...args.devPaths.map((p) => ['extensionDevelopmentPath', cs.remoteUri(server, p)]),
        ['extensionTestsPath', cs.remoteUri(server, args.testsPath)],
        ['skipWelcome', 'true'],
      ];
      await page.goto(cs.workbenchUrl(server, args.folder, payload));
    })().catch((error) => finish(EXIT.startup, `failed to start: ${error.stack || error.message}`));
  });
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`${PREFIX} ${error.stack || error}`);
    process.exit(EXIT.crash);
  },
);
