// The client preset imports TypedDocumentNode from @graphql-typed-document-node/core, which pnpm
// does not expose to this package. @apollo/client re-exports the very same type, so point there.
import { readFileSync, writeFileSync } from 'node:fs';

const FROM = "from '@graphql-typed-document-node/core'";
const TO = "from '@apollo/client'";

for (const file of process.argv.slice(2)) {
  if (!file.endsWith('.ts')) continue;
  const source = readFileSync(file, 'utf8');
  if (source.includes(FROM)) writeFileSync(file, source.replaceAll(FROM, TO));
}
