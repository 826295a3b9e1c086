#!/usr/bin/env node
// One command from a fresh checkout to a running app: installs, builds what changed, starts on port 4000
// with the embedded defaults (SQLite in ./data, built-in mailbox).
import { existsSync } from 'node:fs';
import { ensureDependencies, run } from './lib.mjs';

process.chdir(new URL('..', import.meta.url).pathname);
if (!existsSync('node_modules/.modules.yaml') || process.argv.includes('--install')) ensureDependencies();
console.log('→ building (cached when nothing changed)');
run('pnpm exec turbo run build --output-logs=errors-only', { env: { TURBO_TELEMETRY_DISABLED: '1' } });
console.log('→ starting Ametrika Email');
run('node --enable-source-maps apps/api/dist/main.js', {
  env: { NODE_ENV: process.env.NODE_ENV ?? 'production' },
});
