// Stands in for the `mdurl` package inside markdown-it in the extension bundles (esbuild alias).
// markdown-it normalizes link URLs with it; in block parsing only a link reference definition's URL
// passes through it, and only to be checked against javascript:/vbscript:/file:/data: (which
// percent-encoding leaves as they are) and stored in env.references, which the parser never reads.
// The URL parser and encoder tables (about 5 KB minified) would be dead weight.
interface ParsedUrl {
  href: string;
  hostname: string;
}

export function parse(url: string): ParsedUrl {
  return { href: url, hostname: '' };
}

export function format(url: ParsedUrl): string {
  return url.href;
}

export function encode(text: string): string {
  return text;
}

export function decode(text: string): string {
  return text;
}
decode.defaultChars = ';/?:@&=+$,#';
decode.componentChars = '';
encode.defaultChars = ";/?:@&=+$,-_.!~*'()#";
encode.componentChars = "-_.!~*'()";
