// Block structure from markdown-it: which lines are headings (ATX or setext) and which are code.
import MarkdownIt from 'markdown-it';

export interface LineBlocks {
  /** Heading level (1-6) of a heading's text line, 0 otherwise. */
  readonly headingLevel: Int8Array;
  /** Lines the parser skips: a setext heading's underline, and code fences (a note has no code). */
  readonly ignored: Uint8Array;
}

// Only block rules matter here; inline parsing of a large note would be wasted work. markdown-it's
// normalize rule runs two regex replaces over every note; `normalized` does its work only when needed.
const md = new MarkdownIt('commonmark');
md.core.ruler.disable(['normalize', 'inline', 'text_join']);

/** What markdown-it's normalize rule does (\r\n and \r become \n, NUL becomes U+FFFD), skipped when there is nothing to do. */
function normalized(source: string): string {
  if (!source.includes('\r') && !source.includes('\0')) return source;
  return source.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
}

/**
 * `source` is the text markdown-it reads (see noteLines); `lineCount` is how many lines the note has.
 * markdown-it counts lines after turning \r\n and \r into \n, as LineIndex does.
 */
export function lineBlocks(source: string, lineCount: number): LineBlocks {
  const headingLevel = new Int8Array(lineCount);
  const ignored = new Uint8Array(lineCount);
  let tokens: ReturnType<MarkdownIt['parse']>;
  try {
    tokens = md.parse(normalized(source), {});
  } catch {
    return { headingLevel, ignored };
  }
  for (const token of tokens) {
    const map = token.map;
    if (!map) continue;
    if (token.type === 'heading_open') markHeading(token.tag, token.markup, map, headingLevel, ignored);
    else if (token.type === 'fence') markRange(ignored, map[0], map[1]);
  }
  return { headingLevel, ignored };
}

function markHeading(tag: string, markup: string, map: [number, number], level: Int8Array, ignored: Uint8Array): void {
  const setext = markup.startsWith('=') || markup.startsWith('-');
  // A setext heading's text may span several lines; the underline is its last line.
  const textEnd = setext ? map[1] - 1 : map[1];
  for (let line = map[0]; line < textEnd && line < level.length; line++) level[line] = Number(tag.slice(1)) || 1;
  if (setext) markRange(ignored, map[1] - 1, map[1]);
}

function markRange(flags: Uint8Array, from: number, to: number): void {
  for (let line = Math.max(0, from); line < to && line < flags.length; line++) flags[line] = 1;
}
