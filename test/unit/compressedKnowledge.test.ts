import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { builtinKnowledge } from '../../src/core/clinical/data/index';
import { decodeHTML } from '../../src/core/note/entitiesLite';
import { parseNote } from '../../src/core/note/parse';
import { parsedLineBlocks } from '../../src/core/note/blocks';

const root = path.resolve(__dirname, '../..');

describe('extension bundle size measures', () => {
  it('the deflated knowledge in the bundle equals the TypeScript data', async () => {
    // esbuild.mjs is ESM; load the plugin the same way the build does.
    const { compressedKnowledge } = (await import(path.join(root, 'build/compressedKnowledge.mjs'))) as {
      compressedKnowledge: esbuild.Plugin;
    };
    const result = await esbuild.build({
      entryPoints: [path.join(root, 'src/core/clinical/data/index.ts')],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      write: false,
      plugins: [compressedKnowledge],
    });
    const module = { exports: {} as Record<string, unknown> };
    new Function('module', 'exports', 'require', result.outputFiles[0]?.text ?? '')(module, module.exports, require);
    assert.deepEqual(module.exports['builtinKnowledge'], JSON.parse(JSON.stringify(builtinKnowledge)));
    assert.ok((result.outputFiles[0]?.text.length ?? 0) < JSON.stringify(builtinKnowledge).length / 2);
  });

  it('the entities stand-in decodes numeric and basic named references and leaves the rest', () => {
    assert.equal(decodeHTML('a &amp; b &lt;c&gt; &#65;&#x42; &quot;q&quot; &nbsp;'), 'a & b <c> AB "q" \u00a0');
    assert.equal(decodeHTML('&copy; &#xFFFFFFF; &bogus'), '&copy; &#xFFFFFFF; &bogus');
  });

  it('the parser bundled with the entities, linkify, punycode, uc.micro, mdurl, inline-parser, renderer and unused-rule stand-ins reads notes as the full markdown-it does', async () => {
    // The same plugin and aliases as the extension bundles (esbuild.mjs).
    const { blockOnlyMarkdownIt, markdownItAliases } = (await import(path.join(root, 'build/blockOnlyMarkdownIt.mjs'))) as {
      blockOnlyMarkdownIt: esbuild.Plugin;
      markdownItAliases: Record<string, string>;
    };
    assert.deepEqual(Object.keys(markdownItAliases).sort(), ['entities', 'linkify-it', 'mdurl', 'punycode.js', 'uc.micro']);
    const result = await esbuild.build({
      absWorkingDir: root,
      plugins: [blockOnlyMarkdownIt],
      stdin: {
        contents: "export { parseNote } from './src/core/note/parse'; export { parsedLineBlocks } from './src/core/note/blocks';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'cjs',
      platform: 'node',
      write: false,
      alias: markdownItAliases,
    });
    // The stand-ins are in: markdown-it's inline rules (its autolink pattern), renderer, table rule,
    // typographic replacements and quotes are not.
    const bundled = result.outputFiles[0]?.text ?? '';
    for (const gone of ['AUTOLINK_RE', 'default_rules', 'table_open', 'RARE_RE', 'QUOTE_TEST_RE']) assert.ok(!bundled.includes(gone), gone);
    const module = { exports: {} as Record<string, unknown> };
    new Function('module', 'exports', 'require', result.outputFiles[0]?.text ?? '')(module, module.exports, require);
    const bundledParse = module.exports['parseNote'] as typeof parseNote;
    const bundledBlocks = module.exports['parsedLineBlocks'] as typeof parsedLineBlocks;
    const fixtures = path.join(root, 'test/fixtures');
    const notes = fs.readdirSync(fixtures).map((name) => fs.readFileSync(path.join(fixtures, name), 'utf8'));
    notes.push('## History\nHPI: see https://example.org and www.example.com &copy; &amp;\n[ref]: http://x.y\n[b\u00fccher]: http://b\u00fccher.example\n## Diagnostic Studies\n- ECG');
    // Reference definitions the URL check refuses stay paragraphs, as in the full parser.
    notes.push('## History\n[a]: javascript:alert(1)\n[b]: <data:text/html,x>\n[c]: /ok%20path "t"\n[d]: VBScript:x\nHPI: x\n');
    // Notes most of which the line scan cannot read (plainAtxHeadings), so markdown-it itself is compared.
    notes.push('## History\n| a | b |\n| - | - |\n| 1 | 2 |\nHPI: "quoted" -- x... (c) +-\n> ## quoted\n- # in a list\nTitle\n-----\n```\n# code\n```');
    notes.push('History\n=======\n1. item\n   ## heading in item\n\n    # indented code\n<div>\n# inside html\n</div>\n');
    for (const note of notes) {
      assert.deepEqual(bundledParse(note), parseNote(note));
      const source = note.replace(/\r\n?/g, '\n');
      const lineCount = source.split('\n').length;
      // markdown-it's own reading, whether or not the line scan would have answered for the note.
      assert.deepEqual(bundledBlocks(source, lineCount), parsedLineBlocks(source, lineCount));
    }
  });
});
