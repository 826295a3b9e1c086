import type { SmtpHintKey } from './stages.js';

/** Plain-language advice only: never a remote reply, which the report shows in its own field. */
export const SMTP_HINTS_EN: Record<SmtpHintKey, string> = {
  INVALID_HOST:
    'The host is not a valid host name or IP address. Enter only the server name, e.g. smtp.example.com.',
  PRIVATE_ADDRESS:
    'The host resolves to a private, loopback or otherwise special address. Custom SMTP servers must be reachable on the public internet; on-premise installs can allow internal hosts with SMTP_ALLOW_PRIVATE_HOSTS=true.',
  PORT_NOT_ALLOWED:
    'This port is not allowed for custom SMTP servers. Use 465 (TLS on), 587 or 25 (TLS off), or 2525; the operator can change the list with SMTP_ALLOWED_PORTS.',
  HOST_NOT_FOUND: 'The host name does not exist in DNS. Check it for typos, e.g. smtp.example.com.',
  DNS_FAILED: 'The host name could not be looked up right now (DNS error). Try again in a few minutes.',
  CONNECTION_REFUSED:
    'The server refused the connection on this port: nothing listens there. Check the port (465 with TLS on, 587 or 25 with TLS off).',
  CONNECTION_TIMEOUT:
    'The server did not answer in time. A firewall may block the port (many networks block port 25); check host and port or try 587 or 465.',
  HOST_UNREACHABLE:
    'The server cannot be reached from here (no route to the host). Check the host name and the network.',
  GREETING_TIMEOUT:
    'The connection opened but the server never greeted. If the port expects TLS from the start (usually 465), turn TLS on.',
  TLS_OFF_ON_TLS_PORT:
    'The server on this port expects TLS from the first byte (implicit TLS). Turn TLS on for port 465, or use port 587 with TLS off.',
  CONNECTION_CLOSED:
    'The server closed the connection unexpectedly. It may limit connections or reject this sender; try again later or check the server log.',
  TLS_ON_STARTTLS_PORT:
    'TLS is on, but the server on this port starts without encryption and upgrades with STARTTLS ("wrong version number"). Turn TLS off for port 587 or 25, or use port 465 with TLS on.',
  STARTTLS_UNAVAILABLE:
    'The server does not offer STARTTLS, so the user name and password would travel unencrypted, and we never send them in clear text. Turn TLS on (port 465) or enable STARTTLS on the server.',
  TLS_NOT_OFFERED:
    'The server does not offer STARTTLS, so this connection was not encrypted. Prefer a server or port that supports TLS.',
  CERT_UNTRUSTED:
    "The server's certificate is not signed by a trusted authority (self-signed or from a private CA). Install a certificate from a public CA such as Let's Encrypt; for an on-premise server with an internal CA, the operator can add that CA with SMTP_CA_FILE.",
  CERT_EXPIRED:
    "The server's certificate has expired or is not yet valid. The server's administrator must renew it; also check the server's clock.",
  CERT_WRONG_NAME:
    "The server's certificate was issued for a different name than the host you entered. Enter the host name that the certificate names (often the provider's smtp host), or fix the certificate.",
  TLS_HANDSHAKE_FAILED:
    'The encrypted connection could not be set up (TLS handshake failed). The server may only support outdated TLS versions; check its TLS configuration.',
  AUTH_GMAIL_APP_PASSWORD:
    'Gmail refused the login. With 2-step verification on, Gmail needs an app password instead of the account password: create one at myaccount.google.com > Security > App passwords. Google Workspace admins may also have to allow SMTP.',
  AUTH_M365_SMTP_AUTH_DISABLED:
    'Microsoft 365 refused the login because SMTP AUTH is disabled for the tenant or this mailbox (or Security Defaults block it). An Exchange admin must enable "Authenticated SMTP" for the mailbox, or use another sender.',
  AUTH_FAILED:
    'The server rejected the user name or password. Check both (the user name is often the full email address); some providers need an app-specific password.',
  AUTH_REQUIRED: 'The server requires a login before it accepts mail. Enter the user name and password.',
  SENDER_REFUSED:
    'The server refused the sender address. Use a sender address that this login is allowed to send as (often the mailbox of the user name).',
  RELAY_DENIED:
    'The server does not relay mail to outside recipients for this connection. Log in with user name and password, or ask the server administrator to allow relaying.',
  RECIPIENT_REFUSED:
    'The server refused the recipient address. Check the address; the mailbox may not exist.',
  MESSAGE_TOO_LARGE: "The message is larger than the server accepts. Check the server's size limit.",
  MESSAGE_REJECTED:
    'The server refused the message (content or policy filter). Check the reply below and the sender domain (SPF, DKIM).',
  TEMPORARY_FAILURE:
    'The server reported a temporary problem (busy, greylisting or rate limit). Nothing is wrong with the settings necessarily: try again in a few minutes.',
  PERMANENT_FAILURE: 'The server refused the request permanently. Read its reply below for the reason.',
  UNKNOWN:
    'The test failed with an unexpected error. Check the settings and the reply below, then try again.',
};
