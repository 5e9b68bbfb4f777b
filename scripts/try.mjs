// `npm run try`: build the extension and open it on the sample practice workspace (sample/).
// - With desktop VS Code (`code` on PATH): code --extensionDevelopmentPath=<repo> sample
// - Otherwise: the offline code-server install (set up on first use) with the built extension
//   installed, on http://127.0.0.1:PORT/ (CSNOTE_PORT, default 8080 or a free port). Open the
//   printed address in a browser; Ctrl+C stops the server.
// Force the code-server path with CSNOTE_TRY_HOST=code-server.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sample = path.join(root, 'sample');

function step(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`try: ${[command, ...args].join(' ')} failed`);
    process.exit(result.status || 1);
  }
}

const desktop = process.env.CSNOTE_TRY_HOST !== 'code-server' && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;

step(process.execPath, ['esbuild.mjs']);

if (desktop) {
  console.log('try: opening sample/ in VS Code with the extension in development mode');
  step('code', [`--extensionDevelopmentPath=${root}`, sample]);
  process.exit(0);
}

step('bash', [path.join('scripts', 'setup-code-server.sh')]);
const cs = require('./lib/code-server.js');
const state = path.join(root, '.vscode-test', 'try');
const extensionId = cs.linkExtension(path.join(state, 'extensions'));

async function portToUse() {
  if (process.env.CSNOTE_PORT) return Number(process.env.CSNOTE_PORT);
  const net = await import('node:net');
  const free = await new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(8080, cs.HOST, () => server.close(() => resolve(true)));
  });
  return free ? 8080 : cs.freePort();
}

const server = await cs.startCodeServer({
  userDataDir: path.join(state, 'user-data'),
  extensionsDir: path.join(state, 'extensions'),
  port: await portToUse(),
});
const url = cs.workbenchUrl(server, sample);
console.log(`\nCS Note (${extensionId}) is running in code-server on the sample workspace:\n\n    ${url}\n\nOpen it in a browser. Press Ctrl+C to stop.`);
const stop = () => {
  server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.child.on('exit', (code) => {
  console.error(`try: code-server exited (${code})`);
  process.exit(code || 1);
});
