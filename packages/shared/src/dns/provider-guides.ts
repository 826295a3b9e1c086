import type { LocalizedText } from '../common.js';
import { DNS_PROVIDER_NAMES, type DnsProviderId } from './providers.js';

export type DnsProviderGuide = {
  provider: DnsProviderId;
  name: string;
  /** Where the DNS records are edited, in the provider's own words. */
  where: LocalizedText;
  steps: LocalizedText[];
};

const t = (en: string, de: string): LocalizedText => ({ en, de });

const WHERE: Record<DnsProviderId, LocalizedText> = {
  cloudflare: t(
    'Cloudflare dashboard › your domain › DNS › Records',
    'Cloudflare-Dashboard › Ihre Domain › DNS › Datensätze',
  ),
  route53: t(
    'AWS console › Route 53 › Hosted zones › your domain',
    'AWS-Konsole › Route 53 › Gehostete Zonen › Ihre Domain',
  ),
  godaddy: t('GoDaddy › My Products › Domains › DNS', 'GoDaddy › Meine Produkte › Domains › DNS'),
  ionos: t('IONOS › Domains & SSL › your domain › DNS', 'IONOS › Domains & SSL › Ihre Domain › DNS'),
  strato: t(
    'STRATO customer login › Domains › Manage domain › DNS',
    'STRATO Kunden-Login › Domains › Domainverwaltung › DNS',
  ),
  hetzner: t(
    'Hetzner DNS Console (dns.hetzner.com) › your zone',
    'Hetzner DNS Console (dns.hetzner.com) › Ihre Zone',
  ),
  google: t(
    'Google Cloud console › Network services › Cloud DNS › your zone',
    'Google-Cloud-Konsole › Netzwerkdienste › Cloud DNS › Ihre Zone',
  ),
  azure: t(
    'Azure portal › DNS zones › your zone › Record sets',
    'Azure-Portal › DNS-Zonen › Ihre Zone › Datensätze',
  ),
  namecheap: t(
    'Namecheap › Domain List › Manage › Advanced DNS',
    'Namecheap › Domain List › Manage › Advanced DNS',
  ),
  unknown: t(
    "your DNS provider's control panel (where the domain's name servers are managed)",
    'dem Kundenbereich Ihres DNS-Anbieters (dort, wo die Nameserver der Domain verwaltet werden)',
  ),
};

const SPECIFIC: Partial<Record<DnsProviderId, LocalizedText[]>> = {
  cloudflare: [
    t(
      'For the CNAME record (bounce) click the orange cloud so it turns grey: "DNS only". A proxied record cannot receive bounces.',
      'Beim CNAME-Eintrag (bounce) auf die orange Wolke klicken, bis sie grau ist: "Nur DNS". Ein proxied Eintrag kann keine Bounces empfangen.',
    ),
  ],
  route53: [
    t(
      'Leave "Record name" empty for the domain itself. Put TXT values in quotes; a DKIM key longer than 255 characters goes in as several quoted parts on one line ("…" "…"), as shown.',
      'Für die Domain selbst "Datensatzname" leer lassen. TXT-Werte in Anführungszeichen setzen; einen DKIM-Schlüssel über 255 Zeichen als mehrere Teile in Anführungszeichen in einer Zeile eingeben ("…" "…"), wie angezeigt.',
    ),
  ],
  google: [
    t(
      'Leave "DNS name" empty for the domain itself. Add all TXT values of one name to the same record set.',
      'Für die Domain selbst "DNS-Name" leer lassen. Alle TXT-Werte eines Namens in denselben Datensatz eintragen.',
    ),
  ],
  azure: [
    t(
      'TXT values of one name belong in one record set; add ours as another value.',
      'TXT-Werte eines Namens gehören in einen Datensatz; unseren als weiteren Wert hinzufügen.',
    ),
  ],
  namecheap: [
    t(
      'Use "Add new record" under HOST RECORDS; "@" is the domain itself.',
      'Unter HOST RECORDS "Add new record" verwenden; "@" ist die Domain selbst.',
    ),
  ],
  strato: [
    t(
      'STRATO manages TXT and CNAME records per subdomain: create the subdomain (for example "bounce") first if the form asks for it.',
      'STRATO verwaltet TXT- und CNAME-Einträge je Subdomain: legen Sie die Subdomain (z. B. "bounce") zuerst an, wenn das Formular es verlangt.',
    ),
  ],
};

/** Steps for the detected provider; `unknown` gets the generic ones. */
export const dnsProviderGuide = (provider: DnsProviderId): DnsProviderGuide => {
  const name = DNS_PROVIDER_NAMES[provider];
  const where = WHERE[provider];
  const apex =
    provider === 'route53' || provider === 'google'
      ? t('an empty name', 'einen leeren Namen')
      : t('"@"', '"@"');
  const steps: LocalizedText[] = [
    t(`Open ${where.en}.`, `Öffnen Sie ${where.de}.`),
    t(
      `Add each record below with its type, the name from the "Host" column and its value. ${name} adds your domain to the name itself, so do not type the full name; use ${apex.en} for the domain itself.`,
      `Legen Sie jeden Eintrag unten mit Typ, dem Namen aus der Spalte "Host" und dem Wert an. ${name} hängt Ihre Domain selbst an, geben Sie also nicht den vollen Namen ein; für die Domain selbst ${apex.de}.`,
    ),
    t(
      'If the domain already has an SPF record (a TXT starting with v=spf1), edit that record instead of adding a second one.',
      'Hat die Domain schon einen SPF-Eintrag (TXT, beginnt mit v=spf1), ändern Sie diesen, statt einen zweiten anzulegen.',
    ),
    ...(SPECIFIC[provider] ?? []),
    t(
      'Leave TTL on "Auto" (or 1 hour), save, then click "Verify now". New records usually appear within minutes; some providers need up to 24 hours.',
      'TTL auf "Auto" (oder 1 Stunde) lassen, speichern und dann "Jetzt prüfen" klicken. Neue Einträge erscheinen meist nach Minuten, bei manchen Anbietern nach bis zu 24 Stunden.',
    ),
  ];
  return { provider, name, where, steps };
};
