// Shared helpers for running the offline code-server install (see scripts/setup-code-server.sh)
// and driving it with Debian's headless Chromium. Used by the test launcher, `npm run try`
// and the screenshot script.
'use strict';
const cp = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const HOST = '127.0.0.1';
const CODE_SERVER_DIR = path.resolve(process.env.CSNOTE_CODE_SERVER_DIR || path.join(ROOT, '.vscode-test', 'code-server'));
const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM_PATH = process.env.CSNOTE_CHROMIUM || '/usr/bin/chromium';
/** Flags headless Chromium needs when run as root, offline, without a GPU. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Throws a helpful error when code-server or Chromium is missing. */
function checkPrerequisites() {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server is not installed in ${CODE_SERVER_DIR}.\n  Run: bash scripts/setup-code-server.sh`);
  }
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}.\n  Run: apt-get install -y chromium (or set CSNOTE_CHROMIUM)`);
  }
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server without authentication on a free local port.
 * @param {{ userDataDir: string, extensionsDir: string, port?: number, log?: (line: string) => void, startTimeoutMs?: number }} options
 * @returns {Promise<{ host: string, port: number, url: string, child: import('node:child_process').ChildProcess, output: () => string, stop: () => void }>}
 */
async function startCodeServer(options) {
  checkPrerequisites();
  const port = options.port || (await freePort());
  const stateDir = path.dirname(options.userDataDir);
  const args = [
    CODE_SERVER_ENTRY,
    '--auth', 'none',
    '--bind-addr', `${HOST}:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', options.userDataDir,
    '--extensions-dir', options.extensionsDir,
  ];
  const child = cp.spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      XDG_CONFIG_HOME: path.join(stateDir, 'config'),
      XDG_DATA_HOME: path.join(stateDir, 'data'),
    },
  });
  let output = '';
  const onData = (chunk) => {
    const text = chunk.toString();
    output += text;
    if (options.log) for (const line of text.split('\n')) if (line.trim()) options.log(line);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };

  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`code-server did not start within ${(options.startTimeoutMs || 60000) / 1000}s. Output:\n${output}`));
    }, options.startTimeoutMs || 60000);
    const check = () => {
      if (/HTTP server listening on/.test(output)) {
        clearTimeout(timer);
        child.stdout.off('data', check);
        child.off('exit', onExit);
        resolve();
      }
    };
    const onExit = (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited before listening (code ${code ?? signal}). Output:\n${output}`));
    };
    child.stdout.on('data', check);
    child.on('exit', onExit);
  });
  return { host: HOST, port, url: `http://${HOST}:${port}/`, child, output: () => output, stop };
}

/** Loads playwright-core from the code-server install (it is installed alongside). */
function playwright() {
  try {
    return require(require.resolve('playwright-core', { paths: [CODE_SERVER_DIR, ROOT] }));
  } catch {
    throw new Error('playwright-core not found. Run: bash scripts/setup-code-server.sh');
  }
}

/** Launches Debian's headless Chromium. */
function launchChromium() {
  return playwright().chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** `vscode-remote://` URI of a server-side path, as the browser workbench expects in its payload. */
function remoteUri(server, fsPath) {
  return `vscode-remote://${server.host}:${server.port}${path.resolve(fsPath)}`;
}

/** Workbench URL that opens `folder` (or an empty window) with the given payload entries. */
function workbenchUrl(server, folder, payload = []) {
  const query = [folder ? `folder=${encodeURIComponent(path.resolve(folder))}` : 'ew=true'];
  if (payload.length) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${server.url}?${query.join('&')}`;
}

/**
 * Makes `extensionsDir` hold this repository's extension as an installed extension (a symlink
 * named publisher.name-version), so code-server loads the built extension without packaging.
 */
function linkExtension(extensionsDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  fs.mkdirSync(extensionsDir, { recursive: true });
  for (const entry of fs.readdirSync(extensionsDir)) {
    if (entry.startsWith(`${manifest.publisher}.${manifest.name}-`)) fs.rmSync(path.join(extensionsDir, entry), { recursive: true, force: true });
  }
  // A stale extensions.json would list the old folder; code-server rescans without it.
  fs.rmSync(path.join(extensionsDir, 'extensions.json'), { force: true });
  const link = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  fs.symlinkSync(ROOT, link, 'dir');
  return `${manifest.publisher}.${manifest.name}`;
}

module.exports = {
  linkExtension,
  ROOT,
  HOST,
  CODE_SERVER_DIR,
  CODE_SERVER_ENTRY,
  CHROMIUM_PATH,
  CHROMIUM_ARGS,
  checkPrerequisites,
  freePort,
  startCodeServer,
  playwright,
  launchChromium,
  remoteUri,
  workbenchUrl,
};
