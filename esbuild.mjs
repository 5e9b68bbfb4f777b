// Bundles the extension (Node and web worker) and the command-line grader.
// Usage: node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { blockOnlyMarkdownIt, markdownItAliases } from './build/blockOnlyMarkdownIt.mjs';
import { compressedKnowledge } from './build/compressedKnowledge.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Options every bundle shares: minified for release, source maps while developing. */
const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  target: 'es2022',
  define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
};

/**
 * What keeps the extension bundles small: the knowledge deflated, and markdown-it reduced to the block
 * parser the note parser uses (build/blockOnlyMarkdownIt.mjs: plugin and package stand-ins).
 */
const extensionSize = {
  plugins: [compressedKnowledge, blockOnlyMarkdownIt],
  alias: markdownItAliases,
};

/** @type {import('esbuild').BuildOptions[]} */
const bundles = [
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    ...extensionSize,
  },
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
    ...extensionSize,
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The progress view's script, with Chart.js: runs in the webview, never in the extension host.
    ...common,
    entryPoints: ['src/features/progress/webview/main.ts'],
    outfile: 'dist/webview/progress.js',
    platform: 'browser',
    format: 'iife',
    minify: true,
  },
];

async function main() {
  if (watch) {
    const contexts = await Promise.all(bundles.map((options) => esbuild.context(options)));
    await Promise.all(contexts.map((context) => context.watch()));
    console.log('esbuild: watching for changes');
    return;
  }
  await Promise.all(bundles.map((options) => esbuild.build(options)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
