import { describe, expect, it } from 'vitest';
import { smtpHintFor, smtpHintKeyFor } from './classify.js';
import { SMTP_HINTS_DE } from './hints-de.js';
import { SMTP_HINTS_EN } from './hints-en.js';
import { SMTP_HINT_KEYS } from './stages.js';

const GMAIL_535 =
  '535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1-20020a05 - gsmtp';
const M365_535 =
  '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.';

describe('smtpHintKeyFor', () => {
  it.each([
    [{ stage: 'TLS', errorCode: 'ERR_SSL_WRONG_VERSION_NUMBER' }, 'TLS_ON_STARTTLS_PORT'],
    [
      { stage: 'TLS', errorCode: 'ESOCKET', message: 'ssl3_get_record:wrong version number' },
      'TLS_ON_STARTTLS_PORT',
    ],
    [{ stage: 'TLS', errorCode: 'ETLS', command: 'STARTTLS', responseCode: 502 }, 'STARTTLS_UNAVAILABLE'],
    [
      { stage: 'AUTH', responseCode: 538, response: '538 Error: Must issue a STARTTLS command first' },
      'STARTTLS_UNAVAILABLE',
    ],
    [{ stage: 'TLS', errorCode: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, 'CERT_UNTRUSTED'],
    [{ stage: 'TLS', errorCode: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }, 'CERT_UNTRUSTED'],
    [{ stage: 'TLS', errorCode: 'CERT_HAS_EXPIRED' }, 'CERT_EXPIRED'],
    [{ stage: 'TLS', errorCode: 'ERR_TLS_CERT_ALTNAME_INVALID' }, 'CERT_WRONG_NAME'],
    [
      { stage: 'AUTH', errorCode: 'EAUTH', responseCode: 535, response: GMAIL_535 },
      'AUTH_GMAIL_APP_PASSWORD',
    ],
    [
      { stage: 'AUTH', errorCode: 'EAUTH', responseCode: 535, response: M365_535 },
      'AUTH_M365_SMTP_AUTH_DISABLED',
    ],
    [
      {
        stage: 'AUTH',
        errorCode: 'EAUTH',
        responseCode: 535,
        response: '535 5.7.8 Error: authentication failed',
      },
      'AUTH_FAILED',
    ],
    [
      { stage: 'AUTH', responseCode: 535, response: '535 5.7.8 failed', host: 'smtp.gmail.com' },
      'AUTH_GMAIL_APP_PASSWORD',
    ],
    [{ stage: 'CONNECT', errorCode: 'ECONNREFUSED' }, 'CONNECTION_REFUSED'],
    [{ stage: 'CONNECT', errorCode: 'ETIMEDOUT', message: 'Connection timeout' }, 'CONNECTION_TIMEOUT'],
    [
      { stage: 'CONNECT', errorCode: 'ETIMEDOUT', message: 'Greeting never received', port: 587 },
      'GREETING_TIMEOUT',
    ],
    [
      {
        stage: 'CONNECT',
        errorCode: 'ETIMEDOUT',
        message: 'Greeting never received',
        port: 465,
        secure: false,
      },
      'TLS_OFF_ON_TLS_PORT',
    ],
    [{ stage: 'RESOLVE', errorCode: 'ENOTFOUND' }, 'HOST_NOT_FOUND'],
    [{ stage: 'RESOLVE', errorCode: 'EAI_AGAIN' }, 'DNS_FAILED'],
    [{ stage: 'RESOLVE', errorCode: 'PRIVATE_ADDRESS' }, 'PRIVATE_ADDRESS'],
    [{ stage: 'RESOLVE', errorCode: 'PORT_NOT_ALLOWED' }, 'PORT_NOT_ALLOWED'],
    [{ stage: 'RECIPIENT', responseCode: 550, response: '550 5.1.1 No such user' }, 'RECIPIENT_REFUSED'],
    [{ stage: 'RECIPIENT', responseCode: 554, response: '554 5.7.1 Relay access denied' }, 'RELAY_DENIED'],
    [{ stage: 'SENDER', responseCode: 553, response: '553 5.7.1 Sender address rejected' }, 'SENDER_REFUSED'],
    [{ stage: 'SENDER', responseCode: 530, response: '530 5.7.0 Authentication required' }, 'AUTH_REQUIRED'],
    [{ stage: 'DATA', responseCode: 451, response: '451 4.3.0 Try again later' }, 'TEMPORARY_FAILURE'],
    [{ stage: 'DATA', responseCode: 421, response: '421 4.4.2 Closing' }, 'TEMPORARY_FAILURE'],
    [{ stage: 'DATA', responseCode: 554, response: '554 5.7.1 Spam' }, 'MESSAGE_REJECTED'],
    [{ stage: 'DATA', responseCode: 552, response: '552 5.3.4 Too big' }, 'MESSAGE_TOO_LARGE'],
    [
      { stage: 'CONNECT', errorCode: 'ECONNECTION', message: 'Connection closed unexpectedly' },
      'CONNECTION_CLOSED',
    ],
    [{ stage: 'DATA', errorCode: 'EWHATEVER' }, 'UNKNOWN'],
  ] as const)('%o → %s', (failure, key) => {
    expect(smtpHintKeyFor(failure)).toBe(key);
  });
});

describe('smtpHintFor', () => {
  it('gives both languages and never echoes the server reply', () => {
    const hint = smtpHintFor({ stage: 'AUTH', responseCode: 535, response: GMAIL_535 });
    expect(hint.key).toBe('AUTH_GMAIL_APP_PASSWORD');
    expect(hint.en).toMatch(/app password/);
    expect(hint.de).toMatch(/App-Passwort/);
    expect(hint.en).not.toContain('BadCredentials');
  });

  it('has an English and a German text for every key', () => {
    for (const key of SMTP_HINT_KEYS) {
      expect(SMTP_HINTS_EN[key].length).toBeGreaterThan(20);
      expect(SMTP_HINTS_DE[key].length).toBeGreaterThan(20);
    }
  });
});
