import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The compiled file of a module that worker threads load (`<dir>/<entry>.js`, `dir` relative to src).
 * Worker threads load plain Node modules, so when the caller runs from its TypeScript source (Vitest),
 * the threads load the build's copy under apps/api/dist instead; the test command builds first, and a
 * copy older than its sources (`entry` and `sources`) is refused rather than silently used.
 */
export function compiledModuleFile(
  callerUrl: string,
  dir: string,
  entry: string,
  sources: string[] = [],
): string {
  const caller = fileURLToPath(callerUrl);
  if (!caller.endsWith('.ts')) return path.join(path.dirname(caller), `${entry}.js`);
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const sourceDir = path.join(root, 'src', dir);
  const compiledDir = path.join(root, 'dist', dir);
  const compiled = path.join(compiledDir, `${entry}.js`);
  const build = 'run `pnpm --filter @ametrika/api build` (the test command does) and try again';
  if (!existsSync(compiled)) throw new Error(`The worker module is not built (${compiled}): ${build}.`);
  for (const name of [entry, ...sources]) {
    const source = path.join(sourceDir, `${name}.ts`);
    const output = path.join(compiledDir, `${name}.js`);
    if (!existsSync(output) || statSync(output).mtimeMs < statSync(source).mtimeMs) {
      throw new Error(`The built ${output} is older than ${source}: ${build}.`);
    }
  }
  return compiled;
}
