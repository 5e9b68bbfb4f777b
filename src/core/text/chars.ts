// Character classes as code-unit tests. They answer exactly as the one-character regular expressions
// they replace (`/\s/`, `/^\d/`): those ran hundreds of times a check, each a call into the regex engine.

/** Whether `code` is a character JavaScript's `\s` matches (NaN, past a string's end, is not). */
export function isWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether `code` is an ASCII digit, as `\d` matches. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether `text` starts with an ASCII digit, as `/^\d/.test(text)`. */
export function startsWithDigit(text: string): boolean {
  return isDigit(text.charCodeAt(0));
}

/** Whether `text[at]` is one of `chars` (false past the end), as `/[…]/.test(text.charAt(at))` with those characters. */
export function isOneOf(text: string, at: number, chars: string): boolean {
  return at >= 0 && at < text.length && chars.includes(text.charAt(at));
}
