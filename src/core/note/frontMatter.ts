// YAML-ish front matter: `key: value` lines between two `---` lines at the very top of the note.
import type { LineIndex } from '../text/lineIndex';
import type { FrontMatter } from './model';

export interface FrontMatterResult {
  readonly frontMatter: FrontMatter | undefined;
  /** First line of the note body (0 when there is no front matter). */
  readonly bodyLine: number;
}

const OPEN = /^\uFEFF?---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const KEY_VALUE = /^[ \t]*([A-Za-z_][\w.-]*)[ \t]*:[ \t]?(.*)$/;
// Keys that would reach Object.prototype when assigned to a plain object.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function parseFrontMatter(text: string, lines: LineIndex): FrontMatterResult {
  const none: FrontMatterResult = { frontMatter: undefined, bodyLine: 0 };
  if (!OPEN.test(lineText(text, lines, 0))) return none;
  const close = closingLine(text, lines);
  if (close === undefined) return none;
  const fields: Record<string, string> = {};
  for (let line = 1; line < close; line++) {
    const match = KEY_VALUE.exec(lineText(text, lines, line));
    const key = match?.[1];
    if (key === undefined || UNSAFE_KEYS.has(key)) continue;
    fields[key] = cleanValue(match?.[2] ?? '');
  }
  const complaint = fields['complaint'];
  return {
    frontMatter: {
      span: { start: 0, end: lines.nextLineStart(close) },
      csnote: Object.prototype.hasOwnProperty.call(fields, 'csnote'),
      complaint: complaint ? complaint : undefined,
      fields,
    },
    bodyLine: close + 1 < lines.lineCount ? close + 1 : lines.lineCount,
  };
}

function closingLine(text: string, lines: LineIndex): number | undefined {
  for (let line = 1; line < lines.lineCount; line++) {
    if (CLOSE.test(lineText(text, lines, line))) return line;
  }
  return undefined;
}

function lineText(text: string, lines: LineIndex, line: number): string {
  const span = lines.lineSpan(line);
  return text.slice(span.start, span.end);
}

/** Unquotes `"x"` / `'x'`; drops a trailing ` # comment` from unquoted values. */
function cleanValue(raw: string): string {
  const value = raw.trim();
  const quoted = /^(["'])(.*)\1$/.exec(value);
  if (quoted) return quoted[2] ?? '';
  return value.replace(/[ \t]+#.*$/, '').trim();
}
