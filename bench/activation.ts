// The extension's own share of activation: loading dist/extension.js and running activate() against a
// stub `vscode` module that accepts every call. VS Code's part (extension host, file watchers, the
// first diagnostics round trip) is not in it; the integration log's `activation-ms` line has that
// when the extension was not already active at startup.
import Module from 'node:module';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

type Stub = ((...args: unknown[]) => Stub) & { [key: string | symbol]: Stub };

/** A value that is every API at once: any property is another stub, calls and `new` return stubs. */
function stub(): Stub {
  const target = function () {
    return undefined;
  };
  return new Proxy(target, {
    get(_target, property) {
      if (property === 'then') return undefined; // not a promise: `await stub` must not hang
      if (property === Symbol.iterator) return function* () {};
      if (property === Symbol.toPrimitive) return () => '';
      if (property === 'length') return 0;
      return stub();
    },
    set: () => true,
    apply: () => stub(),
    construct: () => stub(),
  }) as unknown as Stub;
}

export interface ActivationTiming {
  readonly loadMs: number;
  readonly activateMs: number;
}

export function timeActivation(bundle: string): ActivationTiming {
  // esbuild's `import * as vscode` copies the module's own properties onto an object whose prototype is
  // the module's: a stub prototype makes every name (EventEmitter, window, …) resolve to a stub.
  const api = stub();
  const vscode = new Proxy({}, { getPrototypeOf: () => api, get: (_target, property) => (property === '__esModule' ? false : api[property]) });
  const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
  const original = loader._load;
  loader._load = (request, parent, isMain) => (request === 'vscode' ? vscode : original(request, parent, isMain));
  const subscriptions: Array<{ dispose(): unknown }> = [];
  try {
    const resolved = path.resolve(bundle);
    delete require.cache[resolved];
    const startLoad = performance.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const extension = require(resolved) as { activate(context: unknown): unknown; deactivate?(): unknown };
    const loaded = performance.now();
    const context = new Proxy({ subscriptions }, { get: (target, property) => (property === 'subscriptions' ? target.subscriptions : stub()) });
    extension.activate(context);
    const activated = performance.now();
    extension.deactivate?.();
    return { loadMs: loaded - startLoad, activateMs: activated - loaded };
  } finally {
    for (const subscription of subscriptions) {
      try {
        subscription.dispose();
      } catch {
        // a stubbed disposable: nothing to release
      }
    }
    loader._load = original;
  }
}

// `node activation.cjs BUNDLE` (bench/run.ts bundles this file and runs it in a plain Node process, so
// neither tsx nor the benchmark's own modules are in the figures): prints the timing as JSON.
if (require.main === module) {
  const bundle = process.argv[2];
  if (!bundle) throw new Error('usage: activation BUNDLE');
  process.stdout.write(`${JSON.stringify(timeActivation(bundle))}\n`);
  process.exit(0);
}
