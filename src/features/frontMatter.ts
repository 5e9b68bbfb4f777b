// Pure helpers for the YAML front matter of a note: detect `csnote:`, read and set one scalar key.
// Deliberately line-based (not a YAML parser): notes only use flat `key: value` pairs.

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface FrontMatterBlock {
  /** Offset just after the opening `---` line. */
  readonly bodyStart: number;
  readonly body: string;
  /** Offset just after the closing `---` line. */
  readonly end: number;
}

export function frontMatterOf(text: string): FrontMatterBlock | undefined {
  const match = FRONT_MATTER.exec(text);
  if (!match || match[1] === undefined) return undefined;
  const bodyStart = text.indexOf('\n') + 1;
  return { bodyStart, body: match[1], end: match[0].length };
}

function keyPattern(key: string): RegExp {
  return new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*:[ \\t]*(.*?)[ \\t]*\\r?$`, 'm');
}

export function hasCsNoteFrontMatter(text: string): boolean {
  const block = frontMatterOf(text);
  return block !== undefined && keyPattern('csnote').test(block.body);
}

export function frontMatterValue(text: string, key: string): string | undefined {
  const block = frontMatterOf(text);
  if (!block) return undefined;
  const match = keyPattern(key).exec(block.body);
  return match?.[1]?.replace(/^(["'])(.*)\1$/, '$2');
}

export interface TextReplacement {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** The edit that sets `key: value` in the front matter, adding the key or the whole block as needed. */
export function setFrontMatterValue(text: string, key: string, value: string): TextReplacement {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const line = `${key}: ${value}`;
  const block = frontMatterOf(text);
  if (!block) return { start: 0, end: 0, newText: `---${eol}${line}${eol}---${eol}${text.length > 0 ? eol : ''}` };
  const match = keyPattern(key).exec(block.body);
  if (match) {
    const start = block.bodyStart + match.index;
    const end = start + match[0].replace(/\r$/, '').length;
    return { start, end, newText: line };
  }
  const insertAt = block.bodyStart + block.body.length;
  return { start: insertAt, end: insertAt, newText: `${eol}${line}` };
}

export function applyReplacement(text: string, edit: TextReplacement): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}
