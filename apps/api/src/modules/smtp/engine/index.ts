// Node-side SMTP engine: no GraphQL, no database. The SMTP service and the outbox worker import from here.
export { checkAddress, parseNumericIpv4 } from './address-policy.js';
export * from './detect-settings.js';
export { cleanReply, createRedactor, type Redactor } from './secrets.js';
export { runSmtpTest, type SmtpTestInput, type SmtpTestMessage } from './smtp-probe.js';
export * from './smtp-transport.js';
export * from './ssrf-guard.js';
