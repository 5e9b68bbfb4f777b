// esbuild plugin: ships the built-in clinical knowledge deflated inside the extension bundles.
// The knowledge stays reviewable TypeScript in src/core/clinical/data; evaluated at build time, it is
// serialized to JSON and deflated (about a quarter of its minified size), then inflated once on load.
import * as esbuild from 'esbuild';
import { deflateRawSync } from 'node:zlib';

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
  const packed = deflateRawSync(Buffer.from(JSON.stringify(knowledge)), { level: 9 }).toString('base64');
  return `import { inflateSync, strFromU8 } from 'fflate';
const bytes = Uint8Array.from(atob(${JSON.stringify(packed)}), (c) => c.charCodeAt(0));
export const builtinKnowledge = JSON.parse(strFromU8(inflateSync(bytes)));
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
