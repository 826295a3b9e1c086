import type { HostedTexts } from './en';

export const de: HostedTexts = {
  breadcrumb: 'Kontokonfiguration › E-Mail › Absender',
  title: 'Gehosteter E-Mail-Versand für Ihre Domain',
  description:
    'E-Mails werden von Ihrer eigenen Domain versendet. Geben Sie den Absender ein, klicken Sie auf ÜBERNEHMEN und geben Sie die DNS-Einträge unten an die Person weiter, die Ihr DNS verwaltet. Sobald sie veröffentlicht und geprüft sind, können Sie den gehosteten Versand aktivieren.',
  back: 'Zurück zu den Absendern',
  loadFailed: 'Die gehostete Domain konnte nicht geladen werden.',
  readOnly: 'Nur Administratoren können die gehostete Domain ändern. Sie sehen sie schreibgeschützt.',
  form: {
    title: 'Domain und Absender',
    domain: 'Domain',
    domainDescription:
      'Eine Subdomain wie mail.example.com hält diese E-Mails getrennt; example.com funktioniert ebenfalls.',
    domainAscii: 'Im DNS: {{ascii}}',
    fromEmail: 'Absenderadresse',
    fromEmailDescription: 'Der Teil vor dem @, etwa news, oder die vollständige Adresse auf der Domain.',
    fromName: 'Absendername',
    fromNameDescription: 'Wird den Empfängern angezeigt, zum Beispiel Example News.',
    apply: 'Übernehmen',
    applying: 'Wird übernommen …',
    applied: 'Die DNS-Einträge für {{domain}} sind bereit.',
    reapplyHint:
      'Wenn Sie dieselbe Domain erneut übernehmen, bleiben Schlüssel und Token erhalten; eine andere Domain beginnt von vorn.',
    conflictTitle: 'Diese Domain gehört zu einem anderen Konto',
    conflict:
      'Ein anderes Ametrika-Konto hat diese Domain bereits verifiziert, daher kann sie hier nicht verwendet werden. Wenn es Ihre Domain ist, bitten Sie das andere Konto, sie zu entfernen, oder verwenden Sie eine Subdomain.',
    forbiddenAction: 'eine gehostete Domain einrichten',
  },
  empty:
    'Noch keine Domain. Geben Sie oben Ihre Domain und den Absender ein und klicken Sie auf ÜBERNEHMEN, um die DNS-Einträge zu erhalten.',
  status: {
    title: 'Domain',
    domain: 'Domain',
    unicodeAscii: '{{unicode}} (im DNS: {{ascii}})',
    sender: 'Absender',
    state: 'Status',
    lastChecked: 'Letzte Prüfung',
    nextCheck: 'Nächste automatische Prüfung',
    verifiedAt: 'Verifiziert',
    never: 'Noch nicht',
    none: 'Keine geplant',
    verify: 'Jetzt prüfen',
    verifying: 'DNS wird geprüft …',
    verified: 'DNS wurde geprüft.',
    domainStatus: {
      PENDING: 'Wartet auf DNS',
      VERIFIED: 'Verifiziert',
      FAILED: 'In 72 Stunden nicht verifiziert',
      DEGRADED: 'Ein verifizierter Eintrag hat sich geändert',
    },
    domainStatusHelp: {
      PENDING: 'Veröffentlichen Sie die Einträge unten; wir prüfen im Hintergrund erneut.',
      VERIFIED: 'Alle erforderlichen Einträge sind korrekt veröffentlicht.',
      FAILED:
        'Die Einträge wurden in 72 Stunden nicht gefunden. Veröffentlichen Sie sie und klicken Sie dann auf „Jetzt prüfen“, um neu zu beginnen.',
      DEGRADED:
        'Ein bereits verifizierter Eintrag fehlt oder wurde geändert. Bis er korrigiert ist, können E-Mails bei DKIM oder SPF durchfallen.',
    },
  },
  records: {
    title: 'DNS-Einträge',
    description:
      'Legen Sie diese Einträge in der Zone {{zone}} an. Hostnamen sind relativ zur Zone angegeben; der vollständige Name steht daneben.',
    caption: 'Zu veröffentlichende DNS-Einträge für {{domain}}',
    type: 'Typ',
    host: 'Host',
    value: 'Wert',
    ttl: 'TTL',
    purpose: 'Zweck',
    status: 'Status',
    fullName: 'Vollständiger Name: {{name}}',
    auto: 'Automatisch',
    required: 'Erforderlich',
    optional: 'Optional',
    present: 'Bereits vorhanden: nichts hinzufügen.',
    found: 'Gefunden: {{values}}',
    copyHost: 'Host des Eintrags {{record}} kopieren',
    copyValue: 'Wert des Eintrags {{record}} kopieren',
    purposes: {
      OWNERSHIP: 'Inhaberschaft',
      DKIM: 'DKIM-Signatur',
      RETURN_PATH: 'Return-Path',
      SPF: 'SPF',
      DMARC: 'DMARC',
    },
    purposeHelp: {
      OWNERSHIP: 'Belegt, dass dieses Konto über die Domain verfügt.',
      DKIM: 'Der öffentliche Schlüssel, mit dem Empfänger unsere Signatur prüfen.',
      RETURN_PATH: 'Unzustellbarkeitsmeldungen gehen an uns zurück; SPF passt damit zu Ihrer Domain.',
      SPF: 'Erlaubt unseren Servern, für die Domain zu senden. In einen vorhandenen SPF-Eintrag einfügen, nie einen zweiten anlegen.',
      DMARC:
        'Sagt Empfängern, wie sie mit E-Mails umgehen, die die Prüfung nicht bestehen; Berichte gehen an uns.',
    },
    statuses: {
      VERIFIED: 'Verifiziert',
      MISSING: 'Fehlt',
      MISMATCH: 'Falscher Wert',
      DUPLICATE: 'Doppelt',
      UNKNOWN: 'Unbekannt',
    },
  },
  copy: {
    copy: 'Kopieren',
    copied: 'Kopiert',
    copiedAnnouncement: 'In die Zwischenablage kopiert.',
    fallbackLabel: 'Zu kopierender Text',
    fallback:
      'Ihr Browser hat das Kopieren nicht erlaubt. Der Text ist markiert: Drücken Sie Strg+C (⌘C auf dem Mac).',
  },
  zoneFile: {
    title: 'Alle Einträge als Zonendatei',
    description: 'BIND-Syntax, für DNS-Anbieter mit Zonendatei-Import und für Ihre DNS-Administration.',
    copy: 'Alle als Zonendatei kopieren',
    download: 'Zonendatei herunterladen',
    show: 'Zonendatei anzeigen',
    hide: 'Zonendatei ausblenden',
  },
  provider: {
    title: 'So veröffentlichen Sie die Einträge bei Ihrem DNS-Anbieter',
    detected: 'Ihr DNS wird von {{name}} betrieben (Nameserver: {{servers}}).',
    unknown:
      'Wir konnten nicht feststellen, wer Ihr DNS betreibt. Diese Schritte gelten bei den meisten Anbietern.',
    cloudflareTitle: 'So sehen die Einträge im Cloudflare-Formular „Add record“ aus',
    cloudflareCaption: 'Einträge im Cloudflare-Formular',
    type: 'Typ',
    name: 'Name',
    content: 'Ziel / Inhalt (Target / Content)',
    proxy: 'Proxy-Status',
    ttl: 'TTL',
    dnsOnly: 'Nur DNS (graue Wolke)',
    notApplicable: '—',
  },
  rotation: {
    title: 'DKIM-Schlüsselwechsel',
    description:
      'Ein neuer Schlüssel wird als ausstehender Eintrag hinzugefügt; signiert wird damit erst, wenn sein Eintrag verifiziert ist. Der alte Eintrag bleibt aufgeführt, bis Sie ihn außer Betrieb nehmen.',
    active: 'Signierender Schlüssel',
    pending: 'Ausstehender Schlüssel',
    noPending: 'Keiner',
    rotate: 'Schlüssel wechseln',
    rotated:
      'Neuer DKIM-Schlüssel {{selector}} hinzugefügt. Veröffentlichen Sie seinen Eintrag und klicken Sie dann auf „Jetzt prüfen“.',
    retire: '{{selector}} außer Betrieb nehmen',
    retired: 'DKIM-Schlüssel {{selector}} außer Betrieb genommen; Sie können seinen Eintrag löschen.',
    states: { ACTIVE: 'Signiert', PENDING: 'Ausstehend', RETIRING: 'Alt, kann entfernt werden' },
  },
  validation: {
    domain_EMPTY: 'Domain: Geben Sie die Domain ein, von der Sie senden, etwa example.com.',
    domain_NOT_A_DOMAIN:
      'Domain: Geben Sie nur den Namen ein, ohne http://, Pfad oder E-Mail-Adresse (example.com).',
    domain_IP_LITERAL:
      'Domain: Von einer IP-Adresse kann nicht gesendet werden; geben Sie einen Domainnamen wie example.com ein.',
    domain_INVALID_CHARACTERS:
      'Domain: Verwenden Sie nur Buchstaben, Ziffern, Bindestriche und Punkte; kein Teil darf leer sein oder mit einem Bindestrich beginnen oder enden.',
    domain_SINGLE_LABEL: 'Domain: Geben Sie eine vollständige Domain mit Endung ein, etwa example.com.',
    domain_LABEL_TOO_LONG: 'Domain: Jeder Teil zwischen zwei Punkten hat höchstens 63 Zeichen; bitte kürzen.',
    domain_NAME_TOO_LONG:
      'Domain: Ein Domainname hat höchstens 253 Zeichen; bitte verwenden Sie einen kürzeren.',
    domain_PUBLIC_SUFFIX:
      'Domain: Das ist eine öffentliche Endung, die niemandem gehört; geben Sie Ihre eigene Domain darunter ein.',
    domain_PLATFORM_DOMAIN: 'Domain: Diese Domain gehört der Plattform; geben Sie Ihre eigene Domain ein.',
    fromEmail_wrongDomain:
      'Absenderadresse: Sie muss auf @{{domain}} enden; geben Sie einfach den Teil vor dem @ ein.',
    fromEmail_localPart:
      'Absenderadresse: Verwenden Sie vor dem @ bis zu 64 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche (etwa news oder no-reply).',
    fromName_too_big: 'Der Absendername hat höchstens 120 Zeichen.',
    fromName_invalid_format:
      'Absendername: Bitte keine Zeilenumbrüche, Anführungszeichen ("), spitzen Klammern (< >) oder Backslashes.',
  },
  enable: {
    title: 'Gehosteter Versand',
    button: 'Gehosteten Versand aktivieren',
    enabling: 'Wird aktiviert …',
    enabled: 'E-Mails werden jetzt von {{from}} versendet.',
    active: 'Der gehostete Versand ist aktiv: E-Mails werden von {{from}} versendet.',
    missingIntro: 'Der gehostete Versand kann aktiviert werden, sobald diese Einträge verifiziert sind:',
    missingItem: '{{purpose}}: {{type}} {{name}} ({{status}})',
    notVerified: 'Der gehostete Versand kann aktiviert werden, sobald die Domain verifiziert ist.',
  },
};
