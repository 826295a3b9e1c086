import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The compiled file of a module that worker threads load (`entry`, a path under src without its
 * extension, such as 'modules/delivery/relay-thread'). Worker threads load plain Node modules, so when
 * the caller runs from its TypeScript source (Vitest), the threads load the build's copy under
 * apps/api/dist instead; the test command builds first, and a copy older than its source, or than one of
 * the `sources` the thread also loads (same form), is refused rather than silently used.
 */
export function compiledModuleFile(callerUrl: string, entry: string, sources: string[] = []): string {
  const caller = fileURLToPath(callerUrl);
  if (!caller.endsWith('.ts')) return path.join(path.dirname(caller), `${path.basename(entry)}.js`);
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const compiled = path.join(root, 'dist', `${entry}.js`);
  const build = 'run `pnpm --filter @ametrika/api build` (the test command does) and try again';
  if (!existsSync(compiled)) throw new Error(`The worker module is not built (${compiled}): ${build}.`);
  for (const name of [entry, ...sources]) {
    const source = path.join(root, 'src', `${name}.ts`);
    const output = path.join(root, 'dist', `${name}.js`);
    if (!existsSync(output) || statSync(output).mtimeMs < statSync(source).mtimeMs) {
      throw new Error(`The built ${output} is older than ${source}: ${build}.`);
    }
  }
  return compiled;
}
