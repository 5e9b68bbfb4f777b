// npm run bench [-- PATH] : how fast the checker is, against markdown-it and markdownlint on the
// same notes, plus the CLI over 1000 files, the release bundle sizes and (when recorded) activation.
// Prints stable `name: value` lines; `target.*` lines say whether each target is met.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';
import MarkdownIt from 'markdown-it';
import { lint as markdownlint } from 'markdownlint/sync';
import type * as Core from '../src/core/index';
import { loadCoreFrom } from './core';
import { fmt, line, timingOf, type Timing } from './figures';
import { generateNote, generateNotes, loadExtra, loadMarkdownDir, noteOfSize, typingVersions, type BenchNote } from './notes';

const ROOT = path.resolve(__dirname, '..');
const MIN_NOTES = 10;
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const extraPath = args.find((arg) => !arg.startsWith('--'));

/**
 * Untimed rounds until fn has run for `WARMUP_MS` (and at least three rounds): the steady state an
 * editor reaches after a few minutes of typing. Three fixed rounds were not enough for V8 to finish
 * optimizing the check's larger functions, and the medians after them were some 25% above steady state.
 */
const WARMUP_MS = quick ? 300 : 1500;
const MIN_WARMUP_ROUNDS = 3;

function warmUp(notes: readonly BenchNote[], fn: (text: string) => unknown, ms: number): void {
  const start = performance.now();
  for (let round = 0; round < MIN_WARMUP_ROUNDS || performance.now() - start < ms; round++) for (const note of notes) fn(note.text);
}

/** Times fn on every note: warm-up rounds (warmUp), then `rounds` timed passes over all notes. */
function time(notes: readonly BenchNote[], fn: (text: string) => unknown, rounds: number, warmupMs = WARMUP_MS): Timing {
  warmUp(notes, fn, warmupMs);
  return timedRounds(notes.map((note) => note.text), fn, rounds);
}

/** `rounds` passes over the texts in order, each call timed on its own. */
function timedRounds(texts: readonly string[], fn: (text: string) => unknown, rounds: number): Timing {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const text of texts) {
      const start = performance.now();
      fn(text);
      samples.push(performance.now() - start);
    }
  }
  return timingOf(samples);
}

/**
 * Times fn on each note `repeats` times back to back before the next note: a note checked again and
 * again, with the processor's branch predictors and caches warm for that note's text.
 */
function timeBackToBack(notes: readonly BenchNote[], fn: (text: string) => unknown, repeats: number): Timing {
  const samples: number[] = [];
  for (const note of notes) {
    for (let warm = 0; warm < 3; warm++) fn(note.text);
    for (let k = 0; k < repeats; k++) {
      const start = performance.now();
      fn(note.text);
      samples.push(performance.now() - start);
    }
  }
  return timingOf(samples);
}

/**
 * Times fn as the diagnostics provider meets a note while it is typed: every version of typingVersions,
 * once each and in order, note after note, `rounds` times over. Each version is new text, as after a
 * keystroke, but differs from the last by one character.
 */
function timeTyping(notes: readonly BenchNote[], fn: (text: string) => unknown, rounds: number): Timing {
  return timedRounds(notes.flatMap((note) => typingVersions(note.text)), fn, rounds);
}

function target(name: string, ok: boolean, detail: string): void {
  line(`target.${name}`, `${ok ? 'met' : 'MISSED'} (${detail})`);
}

function corpus(): BenchNote[] {
  const fixtures = loadMarkdownDir(path.join(ROOT, 'test', 'fixtures'));
  const generated = fixtures.length < MIN_NOTES ? generateNotes(30) : [];
  const extra = extraPath ? loadExtra(extraPath) : [];
  line('notes.fixtures', fixtures.length);
  line('notes.generated', generated.length);
  if (extraPath) line('notes.extra', `${extra.length} (${extraPath})`);
  return [...fixtures, ...generated, ...extra];
}

/**
 * Replaces the lexicon matcher's two entry points with ones that find nothing: the core without any
 * clinical matching, to show how much of a check is parsing, rules and bookkeeping alone.
 */
const withoutMatching: esbuild.Plugin = {
  name: 'without-matching',
  setup(build) {
    build.onLoad({ filter: /clinical[\\/]matcher\.ts$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      const stubbed = source
        .replace('export function findMentions(', 'export function findMentions(): Mention[] {\n  return [];\n}\nexport function findMentionsUnused(')
        .replace('export function findConceptSpans(', 'export function findConceptSpans(): ConceptSpan[] {\n  return [];\n}\nexport function findConceptSpansUnused(');
      if (stubbed === source) throw new Error('bench: the matcher entry points were not found to stub');
      return { contents: stubbed, loader: 'ts' };
    });
  },
};

function loadCore(plugins: esbuild.Plugin[] = []): Promise<typeof Core> {
  return loadCoreFrom(ROOT, plugins);
}

function benchCore(notes: readonly BenchNote[], checkNote: typeof Core.checkNote, checkWithoutMatching: typeof Core.checkNote): void {
  const md = new MarkdownIt();
  const rounds = quick ? 5 : Math.max(20, Math.ceil(3000 / notes.length));
  const meanSize = notes.reduce((sum, note) => sum + note.text.length, 0) / notes.length;
  line('notes', notes.length);
  line('note.size.mean.chars', Math.round(meanSize));
  line('rounds', rounds);

  // Cold: the first check in a fresh process also builds the knowledge index (lexicon tries, fuzzy index).
  const firstStart = performance.now();
  checkNote(notes[0]?.text ?? '');
  line('check.first.ms', fmt(performance.now() - firstStart));
  const check = time(notes, (text) => checkNote(text), rounds);
  const mdit = time(notes, (text) => md.parse(text, {}), rounds);
  const mdlint = time(notes, (text) => markdownlint({ strings: { note: text } }), Math.max(3, Math.ceil(rounds / 2)));
  line('check.median.ms', fmt(check.median));
  line('check.p95.ms', fmt(check.p95));
  line('check.mean.ms', fmt(check.mean));
  line('markdown-it.median.ms', fmt(mdit.median));
  line('markdown-it.mean.ms', fmt(mdit.mean));
  line('markdownlint.median.ms', fmt(mdlint.median));
  line('markdownlint.mean.ms', fmt(mdlint.mean));
  // Ratios of medians: the median is what a typical keystroke costs and is robust to GC pauses and
  // other processes on the machine; the ratio of means is printed as well.
  const vsMdit = check.median / mdit.median;
  const vsLint = check.median / mdlint.median;
  line('ratio.check/markdown-it', vsMdit.toFixed(2));
  line('ratio.check/markdownlint', vsLint.toFixed(2));
  line('ratio.check/markdown-it.mean', (check.mean / mdit.mean).toFixed(2));
  line('ratio.check/markdownlint.mean', (check.mean / mdlint.mean).toFixed(2));
  target('ratio.check/markdown-it', vsMdit <= 3, '<= 3.0x');
  // The same check with the lexicon matcher finding nothing: what parsing, rules and bookkeeping cost alone.
  const bare = time(notes, (text) => checkWithoutMatching(text), rounds);
  line('check.without-matching.median.ms', fmt(bare.median));
  line('ratio.check-without-matching/markdown-it', (bare.median / mdit.median).toFixed(2));
  target('ratio.check/markdownlint', vsLint <= 1, '<= 1.0x');
  // Not a target figure: the rounds above go through every note in turn, this checks each note many
  // times in a row. The difference is what the processor's memory of one note's text is worth.
  const checkAgain = timeBackToBack(notes, (text) => checkNote(text), rounds);
  const mditAgain = timeBackToBack(notes, (text) => md.parse(text, {}), rounds);
  line('check.back-to-back.median.ms', fmt(checkAgain.median));
  line('markdown-it.back-to-back.median.ms', fmt(mditAgain.median));
  line('ratio.check/markdown-it.back-to-back', (checkAgain.median / mditAgain.median).toFixed(2));
  // Not a target figure either: the editor's case, a note re-checked at each keystroke as it is typed.
  const typingRounds = quick ? 1 : 3;
  const checkTyping = timeTyping(notes, (text) => checkNote(text), typingRounds);
  const mditTyping = timeTyping(notes, (text) => md.parse(text, {}), typingRounds);
  line('check.typing.median.ms', fmt(checkTyping.median));
  line('markdown-it.typing.median.ms', fmt(mditTyping.median));
  line('ratio.check/markdown-it.typing', (checkTyping.median / mditTyping.median).toFixed(2));

  const big = noteOfSize(3000);
  // Five blocks of 200 calls: a GC pause or another process on the machine spoils one block, not the
  // figure. The p95 printed is the median of the blocks' p95s; the worst block's is printed too.
  // The check is already warm from the rounds above: each block warms on the big note for a moment only.
  const blocks = Array.from({ length: 5 }, () => time([big], (text) => checkNote(text), quick ? 40 : 200, 50));
  const middle = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  const p95 = middle(blocks.map((block) => block.p95));
  line('check.3kb.size.chars', big.text.length);
  line('check.3kb.median.ms', fmt(middle(blocks.map((block) => block.median))));
  line('check.3kb.p95.ms', fmt(p95));
  line('check.3kb.p95.worst-block.ms', fmt(Math.max(...blocks.map((block) => block.p95))));
  target('check.3kb.p95', p95 < 2, '< 2 ms');
}

function benchCli(count: number): void {
  const cli = path.join(ROOT, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) {
    line('cli', 'skipped (dist/cli.js missing: npm run build)');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-note-bench-'));
  try {
    const files = Array.from({ length: count }, (_, index) => {
      const note = generateNote(index, index + 1000);
      const file = path.join(dir, `${String(index).padStart(4, '0')}.note.md`);
      fs.writeFileSync(file, note.text);
      return file;
    });
    const start = performance.now();
    const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const wall = performance.now() - start;
    if (run.status !== 0 && run.status !== 1) {
      line('cli', `failed (exit ${run.status}): ${run.stderr.split('\n')[0]}`);
      return;
    }
    const checked = (JSON.parse(run.stdout) as { files: unknown[] }).files.length;
    line('cli.files', checked);
    line('cli.wall.ms', Math.round(wall));
    line('cli.notes-per-second', Math.round(checked / (wall / 1000)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The release bundles: the repository's own `esbuild.mjs --production` (what `npm run build:release`
 * runs, plugins and aliases included), run in a temp dir that links to the sources, so dist/ (the
 * development build other tools use) is left alone.
 */
function benchBundles(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-note-bundle-'));
  try {
    for (const entry of fs.readdirSync(ROOT)) {
      if (entry === 'dist' || entry === 'out' || entry === '.git' || entry.startsWith('.vscode-test')) continue;
      fs.symlinkSync(path.join(ROOT, entry), path.join(dir, entry));
    }
    const build = spawnSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: dir, encoding: 'utf8', timeout: 120000 });
    if (build.status !== 0) {
      line('bundle', `failed: ${(build.stderr || build.stdout).trim().split('\n')[0]}`);
      return;
    }
    const nodeOut = path.join(dir, 'dist', 'extension.js');
    const webOut = path.join(dir, 'dist', 'web', 'extension.js');
    // KB here is 1000 bytes, the stricter reading of the 250 KB target; KiB is printed alongside.
    const bytes = (file: string): number => fs.statSync(file).size;
    line('bundle.extension.bytes', bytes(nodeOut));
    line('bundle.web.bytes', bytes(webOut));
    line('bundle.extension.kb', (bytes(nodeOut) / 1000).toFixed(1));
    line('bundle.web.kb', (bytes(webOut) / 1000).toFixed(1));
    line('bundle.extension.kib', (bytes(nodeOut) / 1024).toFixed(1));
    line('bundle.web.kib', (bytes(webOut) / 1024).toFixed(1));
    target('bundle.extension', bytes(nodeOut) <= 250_000, '<= 250 KB = 250,000 bytes');
    target('bundle.web', bytes(webOut) <= 250_000, '<= 250 KB = 250,000 bytes');
    activationOf(nodeOut, dir);
  } catch (error) {
    line('bundle', `failed: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Loading the release bundle and running its activate() against a stub vscode API, in a fresh plain
 * Node process (see bench/activation.ts): the extension's own share of activation time.
 */
function activationOf(bundle: string, dir: string): void {
  const runner = path.join(dir, 'activation.cjs');
  esbuild.buildSync({ entryPoints: [path.join(ROOT, 'bench', 'activation.ts')], outfile: runner, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'silent' });
  const run = spawnSync(process.execPath, [runner, bundle], { encoding: 'utf8', timeout: 60000 });
  if (run.status !== 0) {
    line('activation.bundle', `failed: ${(run.stderr || run.stdout).trim().split('\n')[0]}`);
    return;
  }
  const { loadMs, activateMs } = JSON.parse(run.stdout) as { loadMs: number; activateMs: number };
  line('activation.bundle.load.ms', fmt(loadMs));
  line('activation.bundle.activate.ms', fmt(activateMs));
}

function activation(): void {
  const recorded = ['out/activation-ms.txt', 'out/test/activation-ms.txt'].map((file) => path.join(ROOT, file)).find((file) => fs.existsSync(file));
  if (recorded) line('activation.ms', fs.readFileSync(recorded, 'utf8').trim());
  else line('activation', 'see integration log (activation-ms: N)');
}

async function main(): Promise<void> {
  line('node', process.version);
  line('cpu', `${os.cpus()[0]?.model ?? 'unknown'} x${os.cpus().length}`);
  line('load.avg.1m', os.loadavg()[0]?.toFixed(2) ?? 'unknown');
  const core = await loadCore();
  const coreWithoutMatching = await loadCore([withoutMatching]);
  benchCore(corpus(), core.checkNote, coreWithoutMatching.checkNote);
  benchCli(quick ? 100 : 1000);
  benchBundles();
  activation();
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exitCode = 1;
});
