// Holdout notes (test/holdout/*.md): practice notes written after the checker, each with the
// author's own judgement of which red flags of its complaint the History leaves undocumented,
// recorded before the checker was run on it, as the note's first line:
//   <!-- holdout-missing-red-flags: syncope, calf-pain -->
// The judgement line is removed (not blanked) before checking, so front matter on the next line
// is still the note's first line; other comments are blanked as in the fixtures.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { blankComments } from './fixtures';

export interface HoldoutNote {
  readonly name: string;
  /** The note as the checker sees it. */
  readonly text: string;
  /** Red-flag ids judged missing; undefined when the note has no judgement line. */
  readonly judged: readonly string[] | undefined;
}

const JUDGEMENT_LINE = /^\uFEFF?<!--\s*holdout-missing-red-flags:([^>]*?)-->[ \t]*(?:\r?\n|$)/;

export const HOLDOUT_DIR = path.resolve(__dirname, '../holdout');

export function parseHoldout(name: string, raw: string): HoldoutNote {
  const match = JUDGEMENT_LINE.exec(raw);
  if (!match) return { name, text: blankComments(raw), judged: undefined };
  const judged = (match[1] ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  return { name, text: blankComments(raw.slice(match[0].length)), judged };
}

export function loadHoldout(dir = HOLDOUT_DIR): HoldoutNote[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => parseHoldout(file, fs.readFileSync(path.join(dir, file), 'utf8')));
}
