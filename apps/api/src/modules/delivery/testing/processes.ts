import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../dist');
export const distMain = path.join(dist, 'main.js');
export const distWorker = path.join(dist, 'worker.js');

export type Child = { process: ChildProcess; output: () => string; exited: Promise<number | null> };

/** Runs a built entry (`node dist/…`) with its output collected, as `pnpm start` / `pnpm worker` would. */
export function spawnNode(entry: string, env: Record<string, string>): Child {
  const child = spawn(process.execPath, [entry], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { process: child, output: () => output, exited };
}

/** Waits until the child printed `pattern`; fails with its output if it exits or takes too long. */
export async function waitForOutput(child: Child, pattern: RegExp, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(child.output())) {
    if (child.process.exitCode !== null || Date.now() > deadline)
      throw new Error(`the process did not print ${pattern}:\n${child.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const randomPort = () => 20000 + Math.floor(Math.random() * 30000);
