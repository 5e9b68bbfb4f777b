// esbuild plugin: ships the built-in clinical knowledge deflated inside the extension bundles.
// The knowledge stays reviewable TypeScript in src/core/clinical/data; evaluated at build time, it is
// serialized to JSON, deflated (about a fifth of its size) and written in basE91 text, then inflated
// once on load. Zopfli writes a standard deflate stream some 8% smaller than zlib's best, which fflate
// inflates as any other; it costs about half a second a build, once for both bundles.
import * as esbuild from 'esbuild';
import { deflate as zopfliDeflate } from '@gfx/zopfli';
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

/** Zopfli passes over the data: past five the stream shrinks by a few bytes for twice the time. */
const ZOPFLI_ITERATIONS = 5;

/** The raw deflate stream of `bytes`, made by Zopfli. */
function deflateRaw(bytes) {
  return new Promise((resolve, reject) => {
    zopfliDeflate(bytes, { numiterations: ZOPFLI_ITERATIONS }, (error, output) => (error ? reject(error) : resolve(output)));
  });
}

/** Packed knowledge by its JSON: the Node and web bundles of one build share one compression. */
const packedByJson = new Map();

/** The JSON deflated and in basE91 text; the promise is stored before any await, so builds running at once share it. */
function packedText(json) {
  let result = packedByJson.get(json);
  if (result === undefined) {
    result = Promise.all([evaluate(BASE91), deflateRaw(Buffer.from(json))]).then(([{ encodeBase91 }, deflated]) => encodeBase91(deflated));
    packedByJson.set(json, result);
  }
  return result;
}

/** The module that replaces data/index.ts: the same exports, read from the deflated JSON. */
async function inflatingModule(knowledge) {
  const packed = await packedText(JSON.stringify(knowledge));
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
