// basE91 (Joachim Henke's binary-to-text encoding): about 23% larger than the bytes, against base64's
// 33%. The knowledge blob in the extension bundles is written with it; src/core/text/base91.ts reads it.
// The alphabet is printable ASCII without the double quote, the backslash and the backtick, so the
// text sits in a double-quoted JavaScript string with no escapes.

export const BASE91_ALPHABET = Array.from({ length: 94 }, (_, k) => String.fromCharCode(33 + k))
  .filter((c) => c !== '"' && c !== '\\' && c !== '`')
  .join('');

/** @param {Uint8Array} bytes @returns {string} */
export function encodeBase91(bytes) {
  let out = '';
  let queue = 0;
  let bits = 0;
  for (const byte of bytes) {
    queue |= byte << bits;
    bits += 8;
    if (bits > 13) {
      let value = queue & 8191;
      if (value > 88) {
        queue >>= 13;
        bits -= 13;
      } else {
        value = queue & 16383;
        queue >>= 14;
        bits -= 14;
      }
      out += BASE91_ALPHABET[value % 91] + BASE91_ALPHABET[Math.floor(value / 91)];
    }
  }
  if (bits > 0) {
    out += BASE91_ALPHABET[queue % 91];
    if (bits > 7 || queue > 90) out += BASE91_ALPHABET[Math.floor(queue / 91)];
  }
  return out;
}
