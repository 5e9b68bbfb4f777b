// npm run bench:ab -- REF [--rounds N] [--warmup-ms MS] : the checker of the working tree against the
// checker at git revision REF, in alternated rounds over the fixture notes in one process. Single bench
// runs on a shared machine move by ±10% with its load; two versions timed in turn share that load, so
// their ratio is the steadier figure. Also says whether both give the same findings on every note.
// Prints `name: value` lines like the bench; exits 2 on a bad argument or an unknown revision.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as Core from '../src/core/index';
import { loadCoreFrom } from './core';
import { fmt, line, timingOf } from './figures';
import { loadMarkdownDir, type BenchNote } from './notes';

const ROOT = path.resolve(__dirname, '..');

interface Options {
  readonly ref: string;
  readonly rounds: number;
  readonly warmupMs: number;
}

class UsageError extends Error {}

function numberAfter(args: readonly string[], flag: string, fallback: number): number {
  const at = args.indexOf(flag);
  if (at === -1) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 0) throw new UsageError(`${flag} needs a whole number, not "${args[at + 1] ?? ''}"`);
  return value;
}

function parseArgs(args: readonly string[]): Options {
  const flags = new Set(['--rounds', '--warmup-ms']);
  const ref = args.find((arg, k) => !arg.startsWith('--') && !flags.has(args[k - 1] ?? ''));
  if (!ref) throw new UsageError('usage: npm run bench:ab -- REF [--rounds N] [--warmup-ms MS]   (REF: a git revision, e.g. HEAD~3)');
  return { ref, rounds: Math.max(1, numberAfter(args, '--rounds', 60)), warmupMs: numberAfter(args, '--warmup-ms', 2000) };
}

function git(args: readonly string[]): string {
  const run = spawnSync('git', ['-C', ROOT, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.error) throw new UsageError(`git could not be run: ${run.error.message}`);
  if (run.status !== 0) throw new UsageError(`git ${args[0] ?? ''}: ${run.stderr.trim().split('\n')[0] ?? 'failed'}`);
  return run.stdout;
}

function resolveCommit(ref: string): string {
  try {
    return git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
  } catch (error) {
    if (error instanceof UsageError && !error.message.startsWith('git could not')) throw new UsageError(`unknown git revision "${ref}"`);
    throw error;
  }
}

/** The `src` tree of revision `commit`, written to a temp directory (removed by the caller). */
function checkOutSources(commit: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-note-ab-'));
  const archive = path.join(dir, 'src.tar');
  git(['archive', '--format=tar', '-o', archive, commit, 'src']);
  const untar = spawnSync('tar', ['-xf', archive, '-C', dir], { encoding: 'utf8' });
  if (untar.status !== 0) throw new Error(`tar: ${untar.stderr.trim() || 'failed'}`);
  return dir;
}

/** Checks every note once, timing each check into `samples`. */
function round(core: typeof Core, notes: readonly BenchNote[], samples: number[]): void {
  for (const note of notes) {
    const start = performance.now();
    core.checkNote(note.text);
    samples.push(performance.now() - start);
  }
}

/** What a check says of a note, for comparing two versions: its findings and score. */
function outputOf(core: typeof Core, text: string): string {
  const result = core.checkNote(text);
  return JSON.stringify({ findings: result.findings.map(({ rule, severity, message, span, data, fixes }) => ({ rule, severity, message, span, data, fixes })), score: result.score });
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const commit = resolveCommit(options.ref);
  const notes = loadMarkdownDir(path.join(ROOT, 'test', 'fixtures'));
  if (notes.length === 0) throw new UsageError('no notes in test/fixtures');
  const sources = checkOutSources(commit);
  try {
    const base = await loadCoreFrom(sources, [], path.join(ROOT, 'node_modules'));
    const head = await loadCoreFrom(ROOT);
    line('ab.base', `${options.ref} (${commit.slice(0, 7)})`);
    line('ab.head', 'working tree');
    line('ab.notes', notes.length);
    const differing = notes.filter((note) => outputOf(base, note.text) !== outputOf(head, note.text)).length;
    line('ab.same-output', differing === 0 ? 'yes' : `no (${differing} of ${notes.length} notes differ)`);
    const warmStart = performance.now();
    while (performance.now() - warmStart < options.warmupMs) {
      round(base, notes, []);
      round(head, notes, []);
    }
    const baseSamples: number[] = [];
    const headSamples: number[] = [];
    for (let k = 0; k < options.rounds; k++) {
      // Each goes first in every other round: neither always checks right after the other.
      if (k % 2 === 0) {
        round(base, notes, baseSamples);
        round(head, notes, headSamples);
      } else {
        round(head, notes, headSamples);
        round(base, notes, baseSamples);
      }
    }
    const baseTiming = timingOf(baseSamples);
    const headTiming = timingOf(headSamples);
    line('ab.rounds', options.rounds);
    line('ab.base.median.ms', fmt(baseTiming.median));
    line('ab.head.median.ms', fmt(headTiming.median));
    line('ab.ratio.median', (headTiming.median / baseTiming.median).toFixed(3));
    line('ab.ratio.mean', (headTiming.mean / baseTiming.mean).toFixed(3));
  } finally {
    fs.rmSync(sources, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:ab: ${(error as Error).message}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
