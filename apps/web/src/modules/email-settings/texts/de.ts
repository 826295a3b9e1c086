import type { SenderTexts } from './en';

export const de: SenderTexts = {
  readOnly: 'Nur Administratoren können den Absender ändern. Sie sehen die Einstellungen schreibgeschützt.',
  loadFailed: 'Die Absendereinstellungen konnten nicht geladen werden.',
  cards: {
    title: 'Absender',
    description:
      'Jede E-Mail Ihres Kontos wird über einen dieser Absender verschickt. Senden Sie von jeder Karte aus einen Test, um zu sehen, wie die Absenderzeile ankommt, bevor Sie sich entscheiden.',
    label: 'Absender',
    active: 'Aktiv',
    from: 'Von',
    notSetUp: 'Noch nicht eingerichtet',
    use: 'Diesen Absender verwenden',
    inUse: 'In Verwendung',
    switched: 'E-Mails werden jetzt verschickt über: {{name}}.',
    modes: {
      PLATFORM: {
        name: 'Ametrika-Plattformdomain',
        description: 'Die Voreinstellung: E-Mails kommen von der Domain ametrika.com.',
      },
      WHITE_LABEL: {
        name: 'Neutrale White-Label-Domain',
        description: 'E-Mails kommen von einer neutralen Domain, die Ametrika nicht erwähnt.',
      },
      CUSTOM_SMTP: {
        name: 'Ihr eigener SMTP-Server',
        description:
          'E-Mails werden über Ihren Mailserver verschickt. Richten Sie ihn unten ein und testen Sie ihn.',
      },
      HOSTED: {
        name: 'Gehosteter E-Mail-Versand für Ihre Domain',
        description:
          'Wir versenden von Ihrer eigenen Domain. Tragen Sie eine Domain ein und veröffentlichen Sie ihre DNS-Einträge; sobald diese verifiziert sind, können Sie den Versand aktivieren.',
      },
    },
    setUpSmtp: 'SMTP-Server einrichten',
    setUpHosted: 'Domain einrichten',
  },
  reasons: {
    SMTP_NOT_CONFIGURED:
      'Tragen Sie zuerst Ihren SMTP-Server ein, speichern Sie die Einstellungen und testen Sie sie dann.',
    SMTP_NOT_TESTED:
      'Testen Sie die gespeicherten SMTP-Einstellungen. Sobald eine Test-E-Mail ankommt, können Sie den eigenen SMTP-Server aktivieren.',
    SMTP_TEST_OUTDATED:
      'Die Einstellungen wurden seit dem letzten Test geändert. Testen Sie genau die gespeicherten Einstellungen erneut, bevor Sie sie aktivieren.',
    SMTP_TEST_FAILED:
      'Der letzte Test ist fehlgeschlagen. Sehen Sie sich den Testbericht an, korrigieren Sie die Einstellungen und testen Sie erneut.',
    HOSTED_DOMAIN_NOT_VERIFIED:
      'Tragen Sie eine Domain ein und veröffentlichen Sie ihre DNS-Einträge; der Versand über Ihre Domain lässt sich aktivieren, sobald diese verifiziert sind.',
  },
  sendTest: {
    to: 'Testempfänger',
    toDescription: 'Tests gehen nur an verifizierte Adressen.',
    noRecipients:
      'Noch keine verifizierte Adresse. Verifizieren Sie Ihre eigene Adresse oder legen Sie einen Testbenutzer an.',
    button: 'Test senden',
    buttonLabel: 'Test über „{{name}}“ senden',
    sent: 'Test-E-Mail an {{to}} gesendet',
    failed: 'Die Test-E-Mail wurde nicht zugestellt',
  },
  identity: {
    title: 'Absendername und Antwortadresse',
    description: 'Diese gelten für jeden Absender.',
    fromName: 'Absendername',
    fromNamePlaceholder: 'z. B. Acme Analytics',
    replyTo: 'Antwortadresse (Reply-To)',
    replyToPlaceholder: 'z. B. support@example.com',
    replyToDescription: 'Leer lassen, damit Antworten an die Absenderadresse gehen.',
    save: 'Name und Antwortadresse speichern',
    saved: 'Absendername und Antwortadresse gespeichert.',
  },
  smtp: {
    title: 'Ihr eigener SMTP-Server',
    description:
      'Tragen Sie die Daten ein, die Ihnen Ihr E-Mail-Anbieter nennt. Testen Sie sie, bevor Sie sie aktivieren.',
    host: 'SMTP-Server (Host)',
    hostPlaceholder: 'smtp.example.com',
    port: 'Port',
    tls: 'SSL/TLS',
    tlsOn: 'TLS ab dem ersten Byte (implizites TLS).',
    tlsOff: 'Verschlüsselt mit STARTTLS, sobald der Server es anbietet.',
    portSuggested: 'Port passend auf {{port}} gesetzt.',
    username: 'Benutzername',
    password: 'Passwort',
    passwordStored: '•••••• gespeichert',
    passwordKeep: 'Leer lassen, um das gespeicherte Passwort zu behalten.',
    removePassword: 'Gespeichertes Passwort entfernen',
    keepPassword: 'Gespeichertes Passwort behalten',
    passwordWillBeRemoved: 'Das gespeicherte Passwort wird beim Speichern entfernt.',
    passwordWillBeCleared:
      'Sie haben Host oder Port geändert: Das gespeicherte Passwort wird gelöscht, wenn Sie es nicht erneut eingeben.',
    fromEmail: 'Absenderadresse',
    fromEmailPlaceholder: 'noreply@example.com',
    fromName: 'Absendername für diesen Server',
    guidanceTitle: 'Welche Einstellungen?',
    guidanceTls: 'Empfohlen: TLS an mit Port 465.',
    guidanceNoTls: 'Ohne TLS: Port 587 oder 25 (mit STARTTLS verschlüsselt, wenn angeboten).',
    guidanceGmail:
      'Gmail lehnt diese Einrichtung oft ab; wenn überhaupt, braucht es ein App-Passwort statt Ihres Kontopassworts.',
    save: 'Speichern',
    saved: 'SMTP-Einstellungen gespeichert. Testen Sie sie, bevor Sie den eigenen SMTP-Server aktivieren.',
    test: 'Testen',
    testTitle: 'Die aktuellen Formularwerte testen',
    detect: 'Einstellungen erkennen',
    detectNeedsHost: 'Geben Sie zuerst den Host ein.',
    detected:
      'Vorschlag: Port {{port}} mit TLS {{tls}}. Das Formular wurde ausgefüllt; speichern und testen Sie es.',
    detectedNothing: 'Auf diesem Host hat keine Kombination funktioniert.',
    on: 'an',
    off: 'aus',
    enable: 'Eigenen SMTP-Server aktivieren',
    enabled: 'Ihr SMTP-Server verschickt jetzt die E-Mails des Kontos.',
    active: 'Der eigene SMTP-Server ist der aktive Absender.',
    formLabel: 'Einstellungen des eigenen SMTP-Servers',
  },
  report: {
    title: 'Testbericht',
    running: 'Ihr SMTP-Server wird getestet …',
    stagesLabel: 'Schritte des Tests',
    passed: 'Test bestanden: Die Test-E-Mail wurde angenommen.',
    failed: 'Test fehlgeschlagen bei „{{stage}}“.',
    unsaved:
      'Dieser Test galt ungespeicherten Werten. Speichern Sie die Einstellungen und testen Sie erneut, bevor Sie sie aktivieren.',
    testedAt: 'Getestet am {{when}}',
    duration: '{{ms}} ms',
    reply: 'Antwort des Servers',
    stages: {
      RESOLVE: 'Host auflösen',
      CONNECT: 'Verbinden',
      TLS: 'TLS',
      AUTH: 'Anmelden',
      SENDER: 'Absender',
      RECIPIENT: 'Empfänger',
      DATA: 'Nachricht übertragen',
    },
    status: { OK: 'OK', FAILED: 'Fehlgeschlagen', SKIPPED: 'Übersprungen' },
  },
  audit: {
    title: 'Änderungsverlauf',
    caption: 'Änderungen der Absendereinstellungen, neueste zuerst',
    who: 'Wer',
    when: 'Wann',
    what: 'Was',
    empty: 'Noch keine Änderungen.',
  },
  // Keys are `<field>_<zod issue code>[_<format>]`, see lib/zod-errors.ts.
  validation: {
    host_too_small: 'Geben Sie den Hostnamen des SMTP-Servers ein, z. B. smtp.example.com.',
    host_too_big: 'Der Hostname hat höchstens 253 Zeichen; geben Sie nur den Namen des Servers ein.',
    host_invalid_format_regex:
      'Der Hostname darf keine Leerzeichen oder Zeilenumbrüche enthalten; geben Sie nur den Namen ein, z. B. smtp.example.com.',
    host_custom:
      'Geben Sie einen gültigen Hostnamen oder eine IP-Adresse ohne „smtp://“ und ohne Port ein, z. B. smtp.example.com.',
    port_invalid_type: 'Geben Sie den Port als Zahl ein, z. B. 465 (TLS an) oder 587 (TLS aus).',
    port_invalid_type_safeint: 'Der Port ist eine ganze Zahl, z. B. 465 (TLS an) oder 587 (TLS aus).',
    port_too_small: 'Geben Sie einen Port zwischen 1 und 65535 ein, z. B. 465 (TLS an) oder 587 (TLS aus).',
    port_too_big: 'Geben Sie einen Port zwischen 1 und 65535 ein, z. B. 465 (TLS an) oder 587 (TLS aus).',
    username_too_big: 'Der Benutzername hat höchstens 200 Zeichen.',
    username_invalid_format_regex:
      'Der Benutzername muss einzeilig sein und darf keine Steuerzeichen enthalten.',
    password_too_big: 'Das Passwort hat höchstens 500 Zeichen.',
    fromEmail_too_small: 'Geben Sie eine E-Mail-Adresse ein.',
    fromEmail_too_big: 'Eine E-Mail-Adresse hat höchstens 254 Zeichen.',
    fromEmail_invalid_format_regex: 'Zeilenumbrüche und Steuerzeichen sind nicht erlaubt.',
    fromEmail_invalid_format_email: 'Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.',
    fromName_too_big: 'Der Absendername hat höchstens 120 Zeichen.',
    fromName_invalid_format_regex:
      'Der Absendername muss einzeilig sein und darf keine Steuerzeichen enthalten.',
    fromName_custom: 'Der Absendername darf keine Anführungszeichen oder spitzen Klammern enthalten.',
    replyTo_invalid_format_regex: 'Zeilenumbrüche und Steuerzeichen sind nicht erlaubt.',
    replyTo_invalid_format_email: 'Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.',
    replyTo_too_big: 'Eine E-Mail-Adresse hat höchstens 254 Zeichen.',
  },
};
