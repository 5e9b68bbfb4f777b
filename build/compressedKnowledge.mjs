// esbuild plugin: ships the built-in clinical knowledge deflated inside the extension bundles.
// The knowledge stays reviewable TypeScript in src/core/clinical/data; evaluated at build time, it is
// serialized to JSON, deflated (about a fifth of its size) and written in basE91 text, then inflated
// once on load.
import * as esbuild from 'esbuild';
import { deflateRawSync } from 'node:zlib';
import * as path from 'node:path';

const DATA_INDEX = /[\\/]src[\\/]core[\\/]clinical[\\/]data[\\/]index\.ts$/;
/** The encoder lives beside the decoder the bundle uses, so both share one alphabet. */
const BASE91 = path.resolve('src/core/text/base91.ts');

/** The exports of a TypeScript module, bundled and evaluated at build time. */
async function evaluate(file) {
  const result = await esbuild.build({ entryPoints: [file], bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'silent' });
  const module = { exports: {} };
  new Function('module', 'exports', result.outputFiles[0].text)(module, module.exports);
  return module.exports;
}

async function evaluateKnowledge(file) {
  const { builtinKnowledge } = await evaluate(file);
  if (!builtinKnowledge || !Array.isArray(builtinKnowledge.complaints)) throw new Error(`${file} does not export builtinKnowledge`);
  return builtinKnowledge;
}

/** The module that replaces data/index.ts: the same exports, read from the deflated JSON. */
async function inflatingModule(knowledge) {
  const { encodeBase91 } = await evaluate(BASE91);
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
      contents: await inflatingModule(await evaluateKnowledge(args.path)),
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};
