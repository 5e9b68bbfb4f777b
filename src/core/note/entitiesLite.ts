// Stands in for the `entities` package inside markdown-it in the extension bundles (esbuild alias).
// The parser reads only block structure (inline rules are disabled), so markdown-it decodes entities
// at most in fence info strings; the full HTML5 table (75 KB minified) would be dead weight there.
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeOne(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return NAMED[body] ?? entity;
}

export function decodeHTML(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);/g, decodeOne);
}

export const decodeHTMLStrict = decodeHTML;
