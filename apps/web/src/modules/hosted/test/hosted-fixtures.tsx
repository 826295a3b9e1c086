import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Providers } from '../../../app/Providers';
import type { HostedEmailSettingsFieldsFragment } from '../../../gql/graphql';
import { registerModuleTexts } from '../../../i18n/module-texts';
import { type Language, setupI18n } from '../../../i18n/setup';
import { adminUser, meMock } from '../../../test/render-app';
import { HostedDomainPage } from '../components/HostedDomainPage';
import { HostedSettingsQuery } from '../graphql/hosted.graphql';
import type { HostedRecord } from '../lib/records';
import { texts } from '../texts';

type Settings = HostedEmailSettingsFieldsFragment;
type Hosted = NonNullable<Settings['hosted']>;

const DKIM_KEY = `v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${'x'.repeat(340)}IDAQAB`;

export const record = (
  overrides: Partial<HostedRecord> & Pick<HostedRecord, 'purpose' | 'name' | 'host' | 'value'>,
): HostedRecord =>
  ({
    __typename: 'DnsRecord',
    type: 'TXT',
    required: true,
    status: 'MISSING',
    observed: [],
    ttl: 'Auto',
    present: false,
    selector: null,
    dkimKeyState: null,
    providerHost: overrides.host,
    providerValue: overrides.value,
    messageEn: 'No record at this name yet.',
    messageDe: 'Unter diesem Namen gibt es noch keinen Eintrag.',
    noteEn: null,
    noteDe: null,
    cloudflare: {
      __typename: 'CloudflareRecord',
      type: overrides.type ?? 'TXT',
      name: overrides.host,
      contentLabel: overrides.type === 'CNAME' ? 'Target' : 'Content',
      content: overrides.value,
      proxyStatus: overrides.type === 'CNAME' ? 'DNS only' : null,
      ttl: 'Auto',
    } as HostedRecord['cloudflare'],
    ...overrides,
  }) as HostedRecord;

export const records: HostedRecord[] = [
  record({
    purpose: 'OWNERSHIP',
    name: '_ametrika.mail.example.test',
    host: '_ametrika.mail',
    value: 'ametrika-verification=tok123',
    status: 'VERIFIED',
    messageEn: 'Published as expected.',
  }),
  record({
    purpose: 'DKIM',
    name: 'am202501._domainkey.mail.example.test',
    host: 'am202501._domainkey.mail',
    value: DKIM_KEY,
    selector: 'am202501',
    dkimKeyState: 'ACTIVE',
  }),
  record({
    purpose: 'RETURN_PATH',
    type: 'CNAME',
    name: 'bounce.mail.example.test',
    host: 'bounce.mail',
    value: 'bounce.platform.test',
    status: 'MISMATCH',
    observed: ['elsewhere.example.net'],
    messageEn: 'The name points elsewhere.',
  }),
  record({
    purpose: 'SPF',
    name: 'mail.example.test',
    host: 'mail',
    value: 'v=spf1 include:_spf.platform.test ~all',
    status: 'DUPLICATE',
    observed: ['v=spf1 -all', 'v=spf1 mx -all'],
  }),
  record({
    purpose: 'DMARC',
    name: '_dmarc.mail.example.test',
    host: '_dmarc.mail',
    value: 'v=DMARC1; p=none; rua=mailto:dmarc@platform.test',
    required: false,
    status: 'UNKNOWN',
    messageEn: 'DNS did not answer.',
  }),
];

export const hostedDomain = (overrides: Partial<Hosted> = {}): Hosted =>
  ({
    __typename: 'HostedDomain',
    domain: 'mail.example.test',
    domainUnicode: 'mail.example.test',
    zone: 'example.test',
    fromEmail: 'news@mail.example.test',
    fromName: 'Example News',
    status: 'PENDING',
    missingRecords: ['DKIM', 'RETURN_PATH', 'SPF'],
    readyToEnable: false,
    lastCheckedAt: '2025-03-12T13:05:00.000Z',
    nextCheckAt: '2025-03-12T13:20:00.000Z',
    verifiedAt: null,
    pendingSince: '2025-03-12T13:00:00.000Z',
    zoneFile: '$ORIGIN example.test.\n_ametrika.mail\tIN\tTXT\t"ametrika-verification=tok123"\n',
    selector: 'am202501',
    pendingSelector: null,
    provider: {
      __typename: 'DnsProvider',
      id: 'cloudflare',
      name: 'Cloudflare',
      nameServers: ['ada.ns.cloudflare.com'],
      whereEn: 'Cloudflare dashboard › your domain › DNS › Records.',
      whereDe: 'Cloudflare-Dashboard › Ihre Domain › DNS › Records.',
      stepsEn: ['Click Add record.', 'Set Proxy status to DNS only (grey cloud) for the CNAME.'],
      stepsDe: [
        'Klicken Sie auf Add record.',
        'Stellen Sie beim CNAME den Proxy-Status auf DNS only (graue Wolke).',
      ],
    },
    records,
    ...overrides,
  }) as Hosted;

export const settingsWith = (
  hosted: Hosted | null,
  senderMode: Settings['senderMode'] = 'PLATFORM',
): Settings =>
  ({
    __typename: 'EmailSettings',
    senderMode,
    activeFromAddress: senderMode === 'HOSTED' ? 'news@mail.example.test' : 'noreply@ametrika.com',
    hosted,
  }) as Settings;

export const settingsMock = (settings: Settings): MockLink.MockedResponse => ({
  request: { query: HostedSettingsQuery },
  result: { data: { emailSettings: settings } },
});

/** The page alone, with its texts registered on this test's i18next instance. */
export async function renderHostedPage(mocks: MockLink.MockedResponse[], language: Language = 'en') {
  const i18n = await setupI18n(language);
  // Each test creates a new i18next instance; the module registered its texts on the first one only.
  registerModuleTexts('hosted', texts);
  return render(
    <MockedProvider mocks={[meMock(adminUser), ...mocks]}>
      <Providers i18n={i18n}>
        <MemoryRouter initialEntries={['/settings/email/hosted']}>
          <HostedDomainPage />
        </MemoryRouter>
      </Providers>
    </MockedProvider>,
  );
}
