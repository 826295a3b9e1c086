// After `vite build`: how much JavaScript (gzipped) the first page loads, and each lazy chunk.
// The first page = the entry chunk plus everything it imports statically, transitively.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const FIRST_PAGE_LIMIT_KB = 180;
// The build folder: `dist/` by default; an argument or BUNDLE_DIST measures a build made elsewhere
// (`vite build --outDir /tmp/x`), so parallel work need not build into the shared dist/.
const distArgument = process.argv[2] ?? process.env.BUNDLE_DIST;
const dist = distArgument
  ? resolve(distArgument)
  : join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const gzippedKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error(`No entry chunk in ${dist}/.vite/manifest.json; is build.manifest on?`);

const firstPage = new Set();
const visit = (key) => {
  if (firstPage.has(key)) return;
  firstPage.add(key);
  for (const imported of manifest[key].imports ?? []) visit(imported);
};
visit(entryKey);

const rows = [];
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.file.endsWith('.js')) continue;
  const kind = firstPage.has(key) ? 'first page' : chunk.isDynamicEntry ? 'lazy' : 'lazy (shared)';
  rows.push({ kind, name: chunk.name ?? key, file: chunk.file, gzipKb: gzippedKb(chunk.file) });
}
rows.sort((a, b) => (a.kind === b.kind ? b.gzipKb - a.gzipKb : a.kind === 'first page' ? -1 : 1));

const firstPageKb = rows.filter((row) => row.kind === 'first page').reduce((sum, row) => sum + row.gzipKb, 0);
const round = (kb) => Math.round(kb * 10) / 10;

console.log('\nJavaScript by chunk (gzipped):');
console.table(rows.map((row) => ({ ...row, gzipKb: round(row.gzipKb) })));
console.log(`First page: ${round(firstPageKb)} KB gzipped (limit ${FIRST_PAGE_LIMIT_KB} KB)`);
// Informational: lazy pages are added in parallel, so how much room is left matters as much as the pass.
console.log(`Headroom: ${round(FIRST_PAGE_LIMIT_KB - firstPageKb)} KB`);

writeFileSync(
  join(dist, 'bundle-size.json'),
  `${JSON.stringify(
    {
      firstPageGzipKb: round(firstPageKb),
      limitGzipKb: FIRST_PAGE_LIMIT_KB,
      chunks: rows.map((row) => ({ ...row, gzipKb: round(row.gzipKb) })),
    },
    null,
    2,
  )}\n`,
);

if (firstPageKb > FIRST_PAGE_LIMIT_KB) {
  console.error(
    `The first page loads ${round(firstPageKb)} KB of gzipped JavaScript, over ${FIRST_PAGE_LIMIT_KB} KB.`,
  );
  process.exit(1);
}
