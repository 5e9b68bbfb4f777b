// Documents past csNote.check.maxDocumentSizeKb are not checked live; one notice says why.
// Pure (no editor API) so the rule is unit-tested; the diagnostics glue turns the notice into a diagnostic.

export interface LargeDocumentNotice {
  readonly message: string;
  readonly sizeKb: number;
  readonly limitKb: number;
}

/** Size of a text in KB as stored in UTF-8, without allocating a buffer for it. */
export function utf8Kb(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes / 1024;
}

/**
 * The notice for a document too large to check as you type, or undefined when it may be checked.
 * `length` (UTF-16 code units) short-circuits: a text of at most limit*1024/3 units can never exceed the limit.
 */
export function largeDocumentNotice(text: string, limitKb: number): LargeDocumentNotice | undefined {
  if (!(limitKb > 0) || text.length * 3 <= limitKb * 1024) return undefined;
  const sizeKb = utf8Kb(text);
  if (sizeKb <= limitKb) return undefined;
  const shown = Math.round(sizeKb);
  return {
    sizeKb,
    limitKb,
    message: `CS Note: this note is ${shown} KB, larger than csNote.check.maxDocumentSizeKb (${limitKb} KB), so it is not checked as you type or save. Run "CS Note: Check Note" to check it now, or raise the setting.`,
  };
}
