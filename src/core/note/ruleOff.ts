// Stands in for markdown-it rules the 'commonmark' preset never turns on (tables, linkify, typographic
// replacements and quotes), in the extension bundles (build/blockOnlyMarkdownIt.mjs): registered by
// name, never called.
export default function ruleOff(): boolean {
  return false;
}
