/**
 * Every sentence the SMTP engine writes into a test report or a refusal, in English and German.
 * Server replies and library errors stay as the server or library wrote them: they are evidence,
 * and the plain-language hint beside them already comes in both languages.
 */
import type { SmtpStage } from '@ametrika/shared';
import type { Localized } from '../../../i18n/localized.js';

export const STAGE_LABELS: Record<SmtpStage, Localized> = {
  RESOLVE: { en: 'Host lookup', de: 'Namensauflösung' },
  CONNECT: { en: 'Connection', de: 'Verbindung' },
  TLS: { en: 'TLS', de: 'TLS' },
  AUTH: { en: 'Authentication', de: 'Anmeldung' },
  SENDER: { en: 'Sender', de: 'Absender' },
  RECIPIENT: { en: 'Recipient', de: 'Empfänger' },
  DATA: { en: 'Message delivery', de: 'Nachrichtenübermittlung' },
};

export const engineText = {
  resolved: (host: string, address: string): Localized => ({
    en: `${host} resolves to ${address}`,
    de: `${host} wird zu ${address} aufgelöst`,
  }),
  connected: (address: string, port: number): Localized => ({
    en: `Connected to ${address} port ${port}`,
    de: `Verbunden mit ${address}, Port ${port}`,
  }),
  tls: (protocol: string, cipher: string, implicit: boolean): Localized => ({
    en: `${protocol} ${cipher} (${implicit ? 'implicit TLS' : 'STARTTLS'})`,
    de: `${protocol} ${cipher} (${implicit ? 'implizites TLS' : 'STARTTLS'})`,
  }),
  noStartTls: {
    en: 'No STARTTLS offered: unencrypted.',
    de: 'Kein STARTTLS angeboten: unverschlüsselt.',
  } satisfies Localized,
  loggedIn: (username: string): Localized => ({
    en: `Logged in as ${username}`,
    de: `Angemeldet als ${username}`,
  }),
  noUsername: {
    en: 'No user name configured.',
    de: 'Kein Benutzername eingetragen.',
  } satisfies Localized,
  accepted: (host: string, reply: string): Localized => ({
    en: `Test email accepted by ${host}: ${reply}`,
    de: `Test-E-Mail von ${host} angenommen: ${reply}`,
  }),
  stageFailed: (stage: SmtpStage, reason: string): Localized => ({
    en: `${STAGE_LABELS[stage].en} failed: ${reason}`,
    de: `${STAGE_LABELS[stage].de} fehlgeschlagen: ${reason}`,
  }),
  unknownError: { en: 'unknown error', de: 'unbekannter Fehler' } satisfies Localized,
  noTcpConnection: (timeoutMs: number): Localized => ({
    en: `No TCP connection within ${timeoutMs} ms`,
    de: `Keine TCP-Verbindung innerhalb von ${timeoutMs} ms`,
  }),
  connectionClosed: {
    en: 'Connection closed unexpectedly',
    de: 'Die Verbindung wurde unerwartet geschlossen',
  } satisfies Localized,
  noStartTlsForCredentials: {
    en: 'The server offers no STARTTLS; refusing to send credentials in clear text',
    de: 'Der Server bietet kein STARTTLS an; Zugangsdaten werden nicht im Klartext gesendet',
  } satisfies Localized,
};

/** Why a host or port is refused before any connection (ssrf-guard). */
export const policyText = {
  portNotAllowed: (port: number, allowed: readonly number[]): Localized => ({
    en: `Port ${port} is not allowed for custom SMTP servers; allowed ports are ${allowed.join(', ')}.`,
    de: `Port ${port} ist für eigene SMTP-Server nicht erlaubt; erlaubt sind die Ports ${allowed.join(', ')}.`,
  }),
  invalidHost: (host: string): Localized => ({
    en: `"${host}" is not a valid host name or IP address.`,
    de: `„${host}“ ist kein gültiger Hostname und keine gültige IP-Adresse.`,
  }),
  // The address category (loopback, private, …) stays in the English sentence only; the hint explains it in German.
  privateAddress: (host: string, address: string, reason: string): Localized => ({
    en: `${host} resolves to ${address}, ${reason}; custom SMTP servers must be reachable on the public internet.`,
    de: `${host} wird zu ${address} aufgelöst, einer nicht öffentlichen Adresse; eigene SMTP-Server müssen im öffentlichen Internet erreichbar sein.`,
  }),
  notInDns: (host: string): Localized => ({
    en: `${host} does not exist in DNS.`,
    de: `${host} existiert im DNS nicht.`,
  }),
  unresolvable: (host: string, code: string): Localized => ({
    en: `${host} could not be resolved (${code}).`,
    de: `${host} konnte nicht aufgelöst werden (${code}).`,
  }),
  noAddress: (host: string): Localized => ({
    en: `${host} has no address in DNS.`,
    de: `${host} hat keine Adresse im DNS.`,
  }),
  notAnIp: (host: string): Localized => ({
    en: `${host} resolved to something that is not an IP address.`,
    de: `${host} wurde zu etwas aufgelöst, das keine IP-Adresse ist.`,
  }),
};
