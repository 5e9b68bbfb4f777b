// markdown-it as the note parser uses it, for the extension bundles: the esbuild plugin that drops its
// inline parser and HTML renderer, and the aliases that replace dependencies the parser never uses.
// One list for esbuild.mjs and for the unit test that checks the bundled parser.
//
// esbuild plugin: markdown-it without its inline parser, HTML renderer and the rules its 'commonmark'
// preset leaves off, in the extension bundles.
// The note parser reads block structure only (src/core/note/blocks.ts disables the core 'inline' rule)
// and never renders, so both are replaced by stand-ins (src/core/note/inlineParserOff.ts,
// rendererOff.ts). test/unit/compressedKnowledge.test.ts checks that the bundled parser still reads
// every fixture exactly as the full markdown-it does.
import * as path from 'node:path';

const STAND_INS = {
  './parser_inline.mjs': 'src/core/note/inlineParserOff.ts',
  './renderer.mjs': 'src/core/note/rendererOff.ts',
  // Rules the 'commonmark' preset (blocks.ts) never turns on.
  './rules_block/table.mjs': 'src/core/note/ruleOff.ts',
  './rules_core/linkify.mjs': 'src/core/note/ruleOff.ts',
  './rules_core/replacements.mjs': 'src/core/note/ruleOff.ts',
  './rules_core/smartquotes.mjs': 'src/core/note/ruleOff.ts',
};

/** markdown-it's imports that STAND_INS replaces, as esbuild's filter: exactly its keys. */
const STAND_IN_FILTER = new RegExp(`^(?:${Object.keys(STAND_INS).map((from) => from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);

/** @type {import('esbuild').Plugin} */
export const blockOnlyMarkdownIt = {
  name: 'block-only-markdown-it',
  setup(build) {
    build.onResolve({ filter: STAND_IN_FILTER }, (args) => {
      // Only markdown-it's own imports, from its lib folder.
      if (!/[\\/]markdown-it[\\/]lib$/.test(args.resolveDir)) return undefined;
      return { path: path.resolve(STAND_INS[args.path]) };
    });
  },
};

/**
 * Package stand-ins (esbuild `alias`, relative to the repository root): markdown-it without the HTML5
 * entity table, linkify-it (never turned on), punycode (link host names do not change block
 * structure), uc.micro's Unicode classes (inline parsing only) and mdurl (a reference definition's
 * URL does not change block structure).
 */
export const markdownItAliases = {
  entities: './src/core/note/entitiesLite.ts',
  'linkify-it': './src/core/note/linkifyOff.ts',
  'punycode.js': './src/core/note/punycodeOff.ts',
  'uc.micro': './src/core/note/ucMicroOff.ts',
  mdurl: './src/core/note/mdurlOff.ts',
};
