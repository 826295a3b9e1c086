import { describe, expect, it } from 'vitest';
import { toCloudflareForm } from './cloudflare.js';
import { dnsProviderGuide } from './provider-guides.js';
import { DNS_PROVIDERS, detectDnsProvider, hostForProvider, valueForProvider } from './providers.js';
import type { HostedDnsRecord } from './types.js';

describe('detectDnsProvider', () => {
  it.each([
    [['ada.ns.cloudflare.com', 'bob.ns.cloudflare.com.'], 'cloudflare'],
    [['ns-1234.awsdns-12.org', 'ns-99.awsdns-01.com'], 'route53'],
    [['ns51.domaincontrol.com'], 'godaddy'],
    [['ns1045.ui-dns.de', 'ns1101.ui-dns.biz'], 'ionos'],
    [['docks01.rzone.de'], 'strato'],
    [['shades12.strato.de'], 'strato'],
    [['hydrogen.ns.hetzner.com'], 'hetzner'],
    [['ns1.your-server.de'], 'hetzner'],
    [['ns3.second-ns.de'], 'hetzner'],
    [['ns-cloud-a1.googledomains.com'], 'google'],
    [['ns1-01.azure-dns.com', 'ns2-01.azure-dns.net'], 'azure'],
    [['dns1.registrar-servers.com'], 'namecheap'],
    [['NS1.EXAMPLE.NET'], 'unknown'],
    [['cloudflare.com.evil.example'], 'unknown'],
    [[], 'unknown'],
  ])('%j → %s', (ns, expected) => {
    expect(detectDnsProvider(ns)).toBe(expected);
  });
});

const apexTxt: HostedDnsRecord = {
  purpose: 'SPF',
  type: 'TXT',
  name: 'example.com',
  host: '@',
  value: 'v=spf1 ~all',
  ttl: 'Auto',
  required: true,
};
const cname: HostedDnsRecord = {
  purpose: 'RETURN_PATH',
  type: 'CNAME',
  name: 'bounce.example.com',
  host: 'bounce',
  value: 'bounce.ametrika.com',
  ttl: 'Auto',
  required: true,
};

describe('provider guidance', () => {
  it('has steps in English and German for every provider', () => {
    for (const provider of DNS_PROVIDERS) {
      const guide = dnsProviderGuide(provider);
      expect(guide.steps.length).toBeGreaterThanOrEqual(4);
      for (const step of guide.steps) {
        expect(step.en).not.toBe('');
        expect(step.de).not.toBe('');
      }
    }
    const cloudflare = dnsProviderGuide('cloudflare')
      .steps.map((s) => s.en)
      .join(' ');
    expect(cloudflare).toMatch(/DNS only/);
    expect(cloudflare).toMatch(/grey/);
    expect(
      dnsProviderGuide('cloudflare')
        .steps.map((s) => s.de)
        .join(' '),
    ).toMatch(/Nur DNS/);
  });

  it('tells which name and value to type', () => {
    expect(hostForProvider(apexTxt, 'cloudflare')).toBe('@');
    expect(hostForProvider(apexTxt, 'route53')).toBe('');
    expect(hostForProvider(cname, 'route53')).toBe('bounce');
    expect(valueForProvider({ type: 'TXT', value: 'a'.repeat(300) }, 'route53')).toBe(
      `"${'a'.repeat(255)}" "${'a'.repeat(45)}"`,
    );
    expect(valueForProvider(apexTxt, 'hetzner')).toBe('v=spf1 ~all');
  });

  it("renders a record the way Cloudflare's form wants it", () => {
    expect(toCloudflareForm(cname)).toEqual({
      type: 'CNAME',
      name: 'bounce',
      contentLabel: 'Target',
      content: 'bounce.ametrika.com',
      proxyStatus: 'DNS only',
      ttl: 'Auto',
    });
    expect(toCloudflareForm(apexTxt)).toMatchObject({
      name: '@',
      contentLabel: 'Content',
      proxyStatus: null,
    });
  });
});
