// Stands in for the `uc.micro` package inside markdown-it in the extension bundles (esbuild alias).
// markdown-it reads its Unicode punctuation and symbol classes only in inline parsing and smart
// quotes; the parser runs neither (block structure only), so the tables (about 5 KB minified) would be
// dead weight. ASCII punctuation stands in, should anything ask.
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

export const P = ASCII_PUNCTUATION;
export const S = ASCII_PUNCTUATION;
export const Any = /[\s\S]/;
export const Cc = /[\0-\x1F\x7F]/;
export const Cf = /[\xAD\u200B-\u200F\u2060-\u2064\uFEFF]/;
export const Z = /[ \xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
