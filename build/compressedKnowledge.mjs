// esbuild plugin: ships the built-in clinical knowledge deflated inside the extension bundles.
// The knowledge stays reviewable TypeScript in src/core/clinical/data; evaluated at build time, it is
// serialized to JSON, deflated (about a fifth of its size) and written in basE91 text, then inflated
// once on load.
import * as esbuild from 'esbuild';
import { deflateRawSync } from 'node:zlib';
import { encodeBase91 } from './base91.mjs';

const DATA_INDEX = /[\\/]src[\\/]core[\\/]clinical[\\/]data[\\/]index\.ts$/;

async function evaluateKnowledge(file) {
  const result = await esbuild.build({ entryPoints: [file], bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'silent' });
  const module = { exports: {} };
  new Function('module', 'exports', result.outputFiles[0].text)(module, module.exports);
  const { builtinKnowledge } = module.exports;
  if (!builtinKnowledge || !Array.isArray(builtinKnowledge.complaints)) throw new Error(`${file} does not export builtinKnowledge`);
  return builtinKnowledge;
}

/** The module that replaces data/index.ts: the same exports, read from the deflated JSON. */
function inflatingModule(knowledge) {
  const packed = encodeBase91(deflateRawSync(Buffer.from(JSON.stringify(knowledge)), { level: 9 }));
  return `import { inflateSync, strFromU8 } from 'fflate';
import { decodeBase91 } from './src/core/text/base91';
export const builtinKnowledge = JSON.parse(strFromU8(inflateSync(decodeBase91(${JSON.stringify(packed)}))));
export const findings = builtinKnowledge.findings;
export const diagnoses = builtinKnowledge.diagnoses;
export const tests = builtinKnowledge.tests;
export const treatments = builtinKnowledge.treatments;
export const maneuvers = builtinKnowledge.maneuvers;
export const complaints = builtinKnowledge.complaints;
`;
}

/** @type {import('esbuild').Plugin} */
export const compressedKnowledge = {
  name: 'compressed-knowledge',
  setup(build) {
    build.onLoad({ filter: DATA_INDEX }, async (args) => ({
      contents: inflatingModule(await evaluateKnowledge(args.path)),
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};
