// Screenshots of CS Note in the workbench, for the README: starts code-server with the built
// extension on sample/, opens each scene in headless Chromium and saves media/screenshot-<name>.png.
//
// Usage: node scripts/screenshot.mjs [SCENE...]     (run `npm run build` first)
//   SCENE = name=file[@Command Palette title[|another title…]]   file relative to sample/, e.g.
//   node scripts/screenshot.mjs "report=notes/headache.note.md@CS Note: Check Note"
// A quick pick a command opens is answered with its first item.
// Without arguments the default scenes below are taken.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cs = require('./lib/code-server.js');
const sample = path.join(root, 'sample');

const DEFAULT_SCENES = [
  'note=notes/headache.note.md',
  'report=notes/headache.note.md@CS Note: Check Note',
  'timer=notes/chest-pain.note.md@CS Note: Start Timer',
  'progress=notes/headache.note.md@CS Note: Check Note|CS Note: Show Progress',
  'checklist=notes/chest-pain.note.md@CS Note: Show Complaint Checklist',
];

function parseScene(spec) {
  const match = /^([\w-]+)=([^@]+)(?:@(.+))?$/.exec(spec);
  if (!match) throw new Error(`bad scene "${spec}": expected name=file[@Command title]`);
  const [, name, file, commands] = match;
  if (!fs.existsSync(path.join(sample, file))) throw new Error(`scene ${name}: sample/${file} does not exist`);
  return { name, file, commands: commands ? commands.split('|') : [] };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const scenes = (process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_SCENES).map(parseScene);
  if (!fs.existsSync(path.join(root, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run npm run build');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'csnote-shot-'));
  const userData = path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.colorTheme': 'Default Light Modern',
      'security.workspace.trust.enabled': false,
      'editor.minimap.enabled': false,
      'csNote.timer.startOnNewNote': false,
      'git.enabled': false,
      'git.openRepositoryInParentFolders': 'never',
    }),
  );
  cs.linkExtension(path.join(tmp, 'extensions'));
  // A copy of sample/, so the practice log that Check Note writes does not land in the repository.
  const workspace = path.join(tmp, 'sample');
  fs.cpSync(sample, workspace, { recursive: true });
  const server = await cs.startCodeServer({ userDataDir: userData, extensionsDir: path.join(tmp, 'extensions') });
  const browser = await cs.launchChromium();
  try {
    for (const scene of scenes) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(cs.workbenchUrl(server, workspace));
      await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60000 });
      await sleep(3000);
      await page.keyboard.press('Control+P');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await page.keyboard.type(path.basename(scene.file));
      await sleep(1000);
      await page.keyboard.press('Enter');
      await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30000 });
      await sleep(4000); // activation and the first check
      for (const command of scene.commands) {
        await page.keyboard.press('F1');
        await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
        await page.keyboard.type(command);
        await sleep(1000);
        await page.keyboard.press('Enter');
        await sleep(2000);
        if (await page.isVisible('.quick-input-widget input')) await page.keyboard.press('Enter');
        await sleep(3000);
      }
      const out = path.join(root, 'media', `screenshot-${scene.name}.png`);
      await page.screenshot({ path: out });
      console.log(`screenshot: ${path.relative(root, out)}`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`screenshot: ${error.stack || error.message}`);
  process.exit(1);
});
