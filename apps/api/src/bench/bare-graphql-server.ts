import http from 'node:http';
import { buildSchema, graphql } from 'graphql';

/**
 * The baseline of the GraphQL read benchmark: the same query answered from memory by graphql-js behind a
 * plain node:http server — no authentication, no database, no Apollo. Run as a child process.
 */
const schema = buildSchema(`
  enum SenderMode { PLATFORM WHITE_LABEL CUSTOM_SMTP HOSTED }
  type EmailSettings { senderMode: SenderMode! }
  type Template { key: String! subject: String! }
  type Query { emailSettings: EmailSettings! templates: [Template!]! }
`);
const templates = JSON.parse(process.env.BARE_TEMPLATES ?? '[]') as { key: string; subject: string }[];
const rootValue = { emailSettings: () => ({ senderMode: 'PLATFORM' }), templates: () => templates };

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', async () => {
    const { query, variables } = JSON.parse(body || '{}');
    const result = await graphql({ schema, source: query, rootValue, variableValues: variables });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(result));
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
