import type { SmtpTestMessage } from './engine/smtp-probe.js';

/** The short message a passing test delivers, in both languages, so the admin recognises it in the inbox. */
export function smtpTestMessage(opts: {
  settings: { host: string; port: number; secure: boolean; fromEmail: string; fromName: string | null };
  to: string;
  messageId: string;
}): SmtpTestMessage {
  const { settings } = opts;
  const via = `${settings.host}:${settings.port} (${settings.secure ? 'TLS' : 'STARTTLS'})`;
  const name = settings.fromName?.replace(/["\\]/g, '') ?? '';
  return {
    from: name ? `"${name}" <${settings.fromEmail}>` : settings.fromEmail,
    to: opts.to,
    subject: 'Ametrika Email: SMTP test / SMTP-Test',
    text: [
      `This test email was sent by Ametrika Email through ${via}.`,
      'If you can read it, your SMTP settings work and custom SMTP can be enabled.',
      '',
      `Diese Test-E-Mail wurde von Ametrika Email über ${via} gesendet.`,
      'Wenn Sie sie lesen können, funktionieren Ihre SMTP-Einstellungen und Sie können eigenes SMTP aktivieren.',
    ].join('\n'),
    messageId: opts.messageId,
  };
}
