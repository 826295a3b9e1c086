import type { SmtpHintKey } from './stages.js';

/** Die deutschen Texte zu SMTP_HINTS_EN; dieselben Schlüssel, nie eine Serverantwort. */
export const SMTP_HINTS_DE: Record<SmtpHintKey, string> = {
  INVALID_HOST:
    'Der Host ist kein gültiger Hostname und keine IP-Adresse. Geben Sie nur den Servernamen ein, z. B. smtp.example.com.',
  PRIVATE_ADDRESS:
    'Der Host verweist auf eine private, Loopback- oder andere Sonderadresse. Eigene SMTP-Server müssen im öffentlichen Internet erreichbar sein; On-Premise-Installationen können interne Hosts mit SMTP_ALLOW_PRIVATE_HOSTS=true erlauben.',
  PORT_NOT_ALLOWED:
    'Dieser Port ist für eigene SMTP-Server nicht erlaubt. Verwenden Sie 465 (TLS an), 587 oder 25 (TLS aus) oder 2525; der Betreiber kann die Liste mit SMTP_ALLOWED_PORTS ändern.',
  HOST_NOT_FOUND:
    'Den Hostnamen gibt es im DNS nicht. Prüfen Sie ihn auf Tippfehler, z. B. smtp.example.com.',
  DNS_FAILED:
    'Der Hostname konnte gerade nicht aufgelöst werden (DNS-Fehler). Versuchen Sie es in ein paar Minuten erneut.',
  CONNECTION_REFUSED:
    'Der Server hat die Verbindung auf diesem Port abgelehnt: Dort lauscht kein Dienst. Prüfen Sie den Port (465 mit TLS an, 587 oder 25 mit TLS aus).',
  CONNECTION_TIMEOUT:
    'Der Server hat nicht rechtzeitig geantwortet. Eine Firewall blockiert eventuell den Port (Port 25 ist oft gesperrt); prüfen Sie Host und Port oder versuchen Sie 587 oder 465.',
  HOST_UNREACHABLE:
    'Der Server ist von hier aus nicht erreichbar (keine Route zum Host). Prüfen Sie Hostname und Netzwerk.',
  GREETING_TIMEOUT:
    'Die Verbindung wurde aufgebaut, aber der Server hat sich nie gemeldet. Erwartet der Port TLS von Anfang an (meist 465), schalten Sie TLS ein.',
  TLS_OFF_ON_TLS_PORT:
    'Der Server auf diesem Port erwartet TLS ab dem ersten Byte (implizites TLS). Schalten Sie TLS für Port 465 ein oder verwenden Sie Port 587 mit TLS aus.',
  CONNECTION_CLOSED:
    'Der Server hat die Verbindung unerwartet geschlossen. Er begrenzt eventuell Verbindungen oder lehnt diesen Absender ab; versuchen Sie es später erneut oder prüfen Sie das Serverprotokoll.',
  TLS_ON_STARTTLS_PORT:
    'TLS ist an, aber der Server auf diesem Port beginnt unverschlüsselt und wechselt per STARTTLS („wrong version number“). Schalten Sie TLS für Port 587 oder 25 aus oder verwenden Sie Port 465 mit TLS an.',
  STARTTLS_UNAVAILABLE:
    'Der Server bietet kein STARTTLS an, Benutzername und Passwort würden also unverschlüsselt übertragen, und das tun wir nie. Schalten Sie TLS ein (Port 465) oder aktivieren Sie STARTTLS auf dem Server.',
  TLS_NOT_OFFERED:
    'Der Server bietet kein STARTTLS an, diese Verbindung war daher unverschlüsselt. Verwenden Sie möglichst einen Server oder Port mit TLS.',
  CERT_UNTRUSTED:
    'Das Zertifikat des Servers ist nicht von einer vertrauenswürdigen Stelle signiert (selbstsigniert oder von einer privaten CA). Installieren Sie ein Zertifikat einer öffentlichen CA wie Let’s Encrypt; für einen On-Premise-Server mit interner CA kann der Betreiber diese CA mit SMTP_CA_FILE hinzufügen.',
  CERT_EXPIRED:
    'Das Zertifikat des Servers ist abgelaufen oder noch nicht gültig. Der Administrator des Servers muss es erneuern; prüfen Sie auch die Uhrzeit des Servers.',
  CERT_WRONG_NAME:
    'Das Zertifikat des Servers wurde für einen anderen Namen ausgestellt als den eingegebenen Host. Geben Sie den Hostnamen ein, den das Zertifikat nennt (oft der SMTP-Host des Anbieters), oder korrigieren Sie das Zertifikat.',
  TLS_HANDSHAKE_FAILED:
    'Die verschlüsselte Verbindung konnte nicht aufgebaut werden (TLS-Handshake fehlgeschlagen). Der Server unterstützt eventuell nur veraltete TLS-Versionen; prüfen Sie seine TLS-Konfiguration.',
  AUTH_GMAIL_APP_PASSWORD:
    'Gmail hat die Anmeldung abgelehnt. Mit Bestätigung in zwei Schritten braucht Gmail ein App-Passwort statt des Kontopassworts: Erstellen Sie eines unter myaccount.google.com > Sicherheit > App-Passwörter. Google-Workspace-Admins müssen SMTP eventuell zusätzlich erlauben.',
  AUTH_M365_SMTP_AUTH_DISABLED:
    'Microsoft 365 hat die Anmeldung abgelehnt, weil SMTP AUTH für den Mandanten oder dieses Postfach deaktiviert ist (oder die Sicherheitsstandards es blockieren). Ein Exchange-Admin muss „Authentifiziertes SMTP“ für das Postfach aktivieren, oder Sie verwenden einen anderen Absender.',
  AUTH_FAILED:
    'Der Server hat Benutzername oder Passwort abgelehnt. Prüfen Sie beides (der Benutzername ist oft die vollständige E-Mail-Adresse); manche Anbieter verlangen ein App-spezifisches Passwort.',
  AUTH_REQUIRED:
    'Der Server verlangt eine Anmeldung, bevor er E-Mails annimmt. Geben Sie Benutzername und Passwort ein.',
  SENDER_REFUSED:
    'Der Server hat die Absenderadresse abgelehnt. Verwenden Sie eine Absenderadresse, mit der dieses Konto senden darf (oft das Postfach des Benutzernamens).',
  RELAY_DENIED:
    'Der Server leitet für diese Verbindung keine E-Mails an externe Empfänger weiter. Melden Sie sich mit Benutzername und Passwort an oder bitten Sie den Administrator, das Relaying zu erlauben.',
  RECIPIENT_REFUSED:
    'Der Server hat die Empfängeradresse abgelehnt. Prüfen Sie die Adresse; das Postfach existiert eventuell nicht.',
  MESSAGE_TOO_LARGE:
    'Die Nachricht ist größer, als der Server annimmt. Prüfen Sie die Größenbeschränkung des Servers.',
  MESSAGE_REJECTED:
    'Der Server hat die Nachricht abgelehnt (Inhalts- oder Richtlinienfilter). Prüfen Sie die Antwort unten und die Absenderdomain (SPF, DKIM).',
  TEMPORARY_FAILURE:
    'Der Server meldet ein vorübergehendes Problem (ausgelastet, Greylisting oder Ratenlimit). Die Einstellungen sind deshalb nicht unbedingt falsch: Versuchen Sie es in ein paar Minuten erneut.',
  PERMANENT_FAILURE: 'Der Server hat die Anfrage dauerhaft abgelehnt. Den Grund nennt seine Antwort unten.',
  UNKNOWN:
    'Der Test ist mit einem unerwarteten Fehler abgebrochen. Prüfen Sie die Einstellungen und die Antwort unten und versuchen Sie es erneut.',
};
