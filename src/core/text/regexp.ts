// Literal text inside a RegExp: every character with a meaning in a pattern is escaped.
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
