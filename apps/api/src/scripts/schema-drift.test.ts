import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printAppSchema } from './emit-schema.js';

describe('schema.graphql', () => {
  it('matches the resolvers (run `pnpm --filter @ametrika/api build` and commit the file)', async () => {
    const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');
    expect(readFileSync(file, 'utf8')).toBe(await printAppSchema());
  });
});
