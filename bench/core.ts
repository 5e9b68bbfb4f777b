// The core as it ships: bundled and minified by esbuild (as in the release bundles), not run through
// tsx's on-the-fly transform, whose helpers would distort the profile. Shared by the bench and the A/B run.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import type * as Core from '../src/core/index';

/**
 * Bundles `<root>/src/core/index.ts` and loads it. Packages resolve from `nodeModules` as well, so a
 * source tree without its own node_modules (another version's, in a temp directory) builds too.
 */
export async function loadCoreFrom(root: string, plugins: esbuild.Plugin[] = [], nodeModules?: string): Promise<typeof Core> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-note-core-'));
  const outfile = path.join(dir, 'core.cjs');
  try {
    await esbuild.build({
      entryPoints: [path.join(root, 'src/core/index.ts')],
      outfile,
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'cjs',
      target: 'es2022',
      logLevel: 'silent',
      plugins,
      ...(nodeModules ? { nodePaths: [nodeModules] } : {}),
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(outfile) as typeof Core;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
