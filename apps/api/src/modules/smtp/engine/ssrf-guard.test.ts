import { describe, expect, it } from 'vitest';
import { checkAddress, parseNumericIpv4 } from './address-policy.js';
import { type LookupFn, resolveSmtpHost, SmtpPolicyError } from './ssrf-guard.js';

const answers =
  (...addresses: string[]): LookupFn =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

const refusal = async (host: string, lookup?: LookupFn, port = 587): Promise<SmtpPolicyError> => {
  const error = await resolveSmtpHost(host, { port, allowPrivate: false, lookup }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SmtpPolicyError);
  return error as SmtpPolicyError;
};

describe('resolveSmtpHost refuses special addresses', () => {
  it.each([
    '127.0.0.1',
    '10.0.0.5',
    '172.16.3.4',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '224.0.0.1',
    '0.0.0.0',
    '255.255.255.255',
    '192.0.2.10',
    '198.51.100.7',
    '203.0.113.9',
    '198.18.0.1',
    '240.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    'ff02::1',
    '2001:db8::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::127.0.0.1',
    '64:ff9b::7f00:1',
    '64:ff9b::a00:1',
    '64:ff9b:1::a00:1',
    '2002:7f00:1::1',
    '2001:0:4136:e378:8000:63bf:3fff:fdd2',
    '[::1]',
  ])('literal %s', async (host) => {
    const error = await refusal(host);
    expect(error.rule).toBe('PRIVATE_ADDRESS');
    expect(error.message).toMatch(/custom SMTP servers must be reachable on the public internet/);
  });

  it.each([
    ['2130706433', '127.0.0.1'],
    ['0x7f.1', '127.0.0.1'],
    ['017700000001', '127.0.0.1'],
    ['127.1', '127.0.0.1'],
    ['0x7f000001', '127.0.0.1'],
    ['0177.0.0.1', '127.0.0.1'],
    ['10.1', '10.0.0.1'],
    ['3232235777', '192.168.1.1'],
  ])('numeric form %s as %s, without asking DNS', async (host, address) => {
    const neverCalled: LookupFn = async () => {
      throw new Error('numeric hosts must not reach DNS');
    };
    const error = await refusal(host, neverCalled);
    expect(error.rule).toBe('PRIVATE_ADDRESS');
    expect(error.message).toContain(address);
  });

  it.each([
    ['127.0.0.1', /resolves to 127\.0\.0\.1, a loopback address/],
    ['10.0.0.5', /smtp\.example\.com resolves to 10\.0\.0\.5, a private address/],
    ['::ffff:127.0.0.1', /embedding 127\.0\.0\.1, a loopback address/],
    ['64:ff9b::7f00:1', /embedding 127\.0\.0\.1/],
  ])('a name that resolves to %s', async (address, message) => {
    const error = await refusal('smtp.example.com', answers(address));
    expect(error.message).toMatch(message);
  });

  it('refuses when any one of several answers is special (rebinding-style mixed answers)', async () => {
    const error = await refusal('smtp.example.com', answers('93.184.216.34', '10.0.0.5'));
    expect(error.message).toContain('10.0.0.5');
  });
});

describe('resolveSmtpHost other rules', () => {
  it('pins the first public answer and keeps the host name', async () => {
    const resolved = await resolveSmtpHost('smtp.example.com', {
      port: 465,
      allowPrivate: false,
      lookup: answers('93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'),
    });
    expect(resolved).toEqual({ host: 'smtp.example.com', address: '93.184.216.34', family: 4 });
  });

  it('allows public addresses behind NAT64 and IPv4-mapped forms', async () => {
    for (const address of ['64:ff9b::5db8:d822', '::ffff:93.184.216.34']) {
      const resolved = await resolveSmtpHost('smtp.example.com', {
        port: 25,
        allowPrivate: false,
        lookup: answers(address),
      });
      expect(resolved.address).toBe(address);
    }
  });

  it('allows loopback and private addresses when allowPrivate is set', async () => {
    const resolved = await resolveSmtpHost('localhost', {
      port: 587,
      allowPrivate: true,
      lookup: answers('127.0.0.1'),
    });
    expect(resolved.address).toBe('127.0.0.1');
    const numeric = await resolveSmtpHost('2130706433', { port: 587, allowPrivate: true });
    expect(numeric.address).toBe('127.0.0.1');
  });

  it.each([22, 80, 443, 8025])('refuses port %s by default', async (port) => {
    const error = await refusal('smtp.example.com', answers('93.184.216.34'), port);
    expect(error.rule).toBe('PORT_NOT_ALLOWED');
    expect(error.message).toBe(
      `Port ${port} is not allowed for custom SMTP servers; allowed ports are 25, 465, 587, 2525.`,
    );
  });

  it('honours a configured port list', async () => {
    const options = {
      port: 8025,
      allowPrivate: false,
      allowedPorts: [8025],
      lookup: answers('93.184.216.34'),
    };
    await expect(resolveSmtpHost('smtp.example.com', options)).resolves.toMatchObject({
      address: '93.184.216.34',
    });
  });

  it('reports names that do not resolve as UNRESOLVABLE with the system code', async () => {
    const lookup: LookupFn = () => Promise.reject(Object.assign(new Error('nope'), { code: 'ENOTFOUND' }));
    const error = await refusal('smtp.example.invalid', lookup);
    expect(error).toMatchObject({ rule: 'UNRESOLVABLE', errorCode: 'ENOTFOUND' });
  });

  it('refuses host strings that are no host at all', async () => {
    for (const host of ['', 'smtp.example.com/path', 'user@smtp.example.com', 'smtp example.com']) {
      expect((await refusal(host)).rule).toBe('INVALID_HOST');
    }
  });
});

describe('address-policy helpers', () => {
  it('parses inet_aton forms and rejects the rest', () => {
    expect(parseNumericIpv4('1.2.3.4')).toBe('1.2.3.4');
    expect(parseNumericIpv4('0x7f.0.0.1')).toBe('127.0.0.1');
    expect(parseNumericIpv4('1.2.65535')).toBe('1.2.255.255');
    expect(parseNumericIpv4('4294967296')).toBeUndefined();
    expect(parseNumericIpv4('256.1.1.1')).toBeUndefined();
    expect(parseNumericIpv4('smtp.example.com')).toBeUndefined();
    expect(parseNumericIpv4('08.1.1.1')).toBeUndefined();
  });

  it('lets ordinary public unicast through', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '2a00:1450:4001:82b::200e']) {
      expect(checkAddress(address).allowed).toBe(true);
    }
  });
});
