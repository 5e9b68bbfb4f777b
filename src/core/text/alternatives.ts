// Phrase patterns with alternatives, so the knowledge can say "pain [in|of] [|the|his|her] knee"
// once instead of listing every wording: a bracket group is one of its "|"-separated choices, an
// empty choice making it optional. Expanded when the lexicon is compiled, not in the bundle.

/** Every phrase a pattern stands for, with single spaces; a phrase without brackets is itself. */
export function expandAlternatives(pattern: string): string[] {
  if (!pattern.includes('[')) return [pattern];
  return [...new Set(expand(pattern).map((phrase) => phrase.replace(/\s+/g, ' ').trim()))];
}

function expand(pattern: string): string[] {
  const open = pattern.indexOf('[');
  if (open === -1) return [pattern];
  const close = pattern.indexOf(']', open);
  if (close === -1) throw new Error(`unclosed "[" in phrase pattern: ${pattern}`);
  const head = pattern.slice(0, open);
  const rest = expand(pattern.slice(close + 1));
  const out: string[] = [];
  for (const choice of pattern.slice(open + 1, close).split('|')) for (const tail of rest) out.push(head + choice + tail);
  return out;
}
