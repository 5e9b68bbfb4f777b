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
  const text = normalized(source);
  return plainAtxHeadings(text, lineCount) ?? parsedLineBlocks(text, lineCount);
}

/** markdown-it's reading of `text` (already normalized). Exported for the test that holds plainAtxHeadings to it. */
export function parsedLineBlocks(text: string, lineCount: number): LineBlocks {
  const headingLevel = new Int8Array(lineCount);
  const ignored = new Uint8Array(lineCount);
  let tokens: ReturnType<MarkdownIt['parse']>;
  try {
    tokens = md.parse(text, {});
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

/** Characters that may come before a block's content on its line: indentation, quote marks, list markers. */
function isContainerChar(code: number): boolean {
  // space, tab, > - + * . ) and the digits
  return code === 32 || code === 9 || code === 62 || code === 45 || code === 43 || code === 42 || code === 46 || code === 41 || (code >= 48 && code <= 57);
}

const TOP_LEVEL_ATX = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
/** A line that could underline a setext heading ("===", "---", "> ---"), or an empty list item. */
const UNDERLINE_LIKE = /(?:^|[ \t>])(?:=+|-+)[ \t]*$/;

/** Whether the line could be a setext underline: it ends in "=" or "-" (the regular expression only then). */
function mayUnderline(text: string, start: number, end: number): boolean {
  let last = end - 1;
  while (last >= start && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9)) last--;
  const code = text.charCodeAt(last);
  return last >= start && (code === 61 || code === 45) && UNDERLINE_LIKE.test(text.slice(start, end));
}

/**
 * The headings of a note whose lines leave no doubt, found without markdown-it (most notes: "## History"
 * at the start of a line, no fences, no quotes). Where a line could start a fence, an HTML block, a
 * link definition, a setext underline or a heading inside a quote or a list, or an ATX mark is
 * indented or malformed, it returns undefined and markdown-it decides. Otherwise every heading is a
 * top-level ATX line, which nothing in CommonMark can keep from being one, and nothing is ignored.
 */
export function plainAtxHeadings(text: string, lineCount: number): LineBlocks | undefined {
  if (text.includes('```') || text.includes('~~~')) return undefined;
  const headingLevel = new Int8Array(lineCount);
  let line = 0;
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let p = start;
    while (p < end && isContainerChar(text.charCodeAt(p))) p++;
    const first = text.charCodeAt(p);
    if (first === 35) {
      // "#": a heading only as a plain top-level ATX line here; anything else is for markdown-it.
      const atx = TOP_LEVEL_ATX.exec(text.slice(start, end));
      if (!atx || line >= lineCount) return undefined;
      headingLevel[line] = (atx[1] as string).length;
    } else if (first === 60 || first === 91) {
      // "<" may open an HTML block, "[" a link reference definition.
      return undefined;
    }
    if (mayUnderline(text, start, end)) return undefined;
    start = end + 1;
  }
  return { headingLevel, ignored: new Uint8Array(lineCount) };
}
