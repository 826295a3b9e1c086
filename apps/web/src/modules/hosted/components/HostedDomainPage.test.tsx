import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ApplyHostedDomainMutation, EnableHostedSendingMutation } from '../graphql/hosted.graphql';
import { hostedDomain, records, renderHostedPage, settingsMock, settingsWith } from '../test/hosted-fixtures';

const row = (purpose: string) => {
  const found = document.querySelector<HTMLElement>(`tr[data-record="${purpose}"]`);
  if (!found) throw new Error(`no row for ${purpose}`);
  return within(found);
};

describe('HostedDomainPage', () => {
  it('lists the records with host, full name, value, TTL, purpose and a status badge each', async () => {
    await renderHostedPage([settingsMock(settingsWith(hostedDomain()))]);
    await screen.findByRole('table', { name: 'DNS records to publish for mail.example.test' });

    expect(row('OWNERSHIP').getByText('Verified')).toBeTruthy();
    expect(row('OWNERSHIP').getByText('_ametrika.mail')).toBeTruthy();
    expect(row('OWNERSHIP').getByText('Full name: _ametrika.mail.example.test')).toBeTruthy();
    expect(row('OWNERSHIP').getByText('Auto')).toBeTruthy();
    expect(row('DKIM').getByText('Missing')).toBeTruthy();
    expect(row('DKIM').getByTestId('record-value').textContent).toBe(records[1]?.value);
    expect(row('RETURN_PATH').getByText('Wrong value')).toBeTruthy();
    expect(row('RETURN_PATH').getByText('Found: elsewhere.example.net')).toBeTruthy();
    expect(row('SPF').getByText('Duplicate')).toBeTruthy();
    expect(row('SPF').getByText('Found: v=spf1 -all | v=spf1 mx -all')).toBeTruthy();
    expect(row('DMARC').getByText('Unknown')).toBeTruthy();
    expect(row('DMARC').getByText('Optional')).toBeTruthy();
    expect(row('DMARC').getByText('DNS did not answer.')).toBeTruthy();

    // Every host and value has its own labelled copy button.
    expect(screen.getAllByRole('button', { name: /^Copy host of the / })).toHaveLength(5);
    expect(screen.getAllByRole('button', { name: /^Copy value of the / })).toHaveLength(5);
    expect(screen.getByRole('button', { name: 'Copy all as a zone file' })).toBeTruthy();

    expect(screen.getByTestId('dns-provider').textContent).toContain('Cloudflare');
    expect(screen.getAllByText('DNS only (grey cloud)')).toHaveLength(1);
    expect(screen.getByTestId('domain-status').textContent).toBe('Waiting for DNS');
  });

  it('keeps Enable disabled and names each record that is still missing', async () => {
    await renderHostedPage([settingsMock(settingsWith(hostedDomain()))]);
    const enable = await screen.findByRole('button', { name: 'Enable hosted sending' });
    expect(enable.hasAttribute('disabled')).toBe(true);
    const missing = screen.getByTestId('enable-missing');
    expect(missing.textContent).toContain(
      'DKIM signature (am202501): TXT am202501._domainkey.mail.example.test (Missing)',
    );
    expect(missing.textContent).toContain('Return path: CNAME bounce.mail.example.test (Wrong value)');
    expect(missing.textContent).toContain('SPF: TXT mail.example.test (Duplicate)');
    // Optional (DMARC) and verified (ownership) records do not block.
    expect(missing.textContent).not.toContain('DMARC');
    expect(missing.textContent).not.toContain('Ownership');
  });

  it('enables hosted sending once the domain is verified', async () => {
    const verified = hostedDomain({
      status: 'VERIFIED',
      readyToEnable: true,
      missingRecords: [],
      records: records.map((r) => ({ ...r, status: 'VERIFIED' as const, observed: [r.value] })),
    });
    const enabled = {
      request: { query: EnableHostedSendingMutation },
      result: { data: { setSenderMode: settingsWith(verified, 'HOSTED') } },
    };
    await renderHostedPage([settingsMock(settingsWith(verified)), enabled]);
    const enable = await screen.findByRole('button', { name: 'Enable hosted sending' });
    expect(enable.hasAttribute('disabled')).toBe(false);
    fireEvent.click(enable);
    expect((await screen.findByTestId('hosted-active')).textContent).toContain('news@mail.example.test');
  });

  it('offers the form alone until a domain is applied, validating with the shared schema', async () => {
    await renderHostedPage([settingsMock(settingsWith(null))]);
    expect(await screen.findByText(/No domain yet/)).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /^Domain/ }), { target: { value: 'co.uk' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Sender address/ }), { target: { value: 'news' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText(/public ending that nobody owns/)).toBeTruthy();
  });

  it('shows an international domain in DNS form while typing, and a CONFLICT clearly', async () => {
    const refused = {
      request: {
        query: ApplyHostedDomainMutation,
        variables: {
          input: { domain: 'xn--mnchen-3ya.de', fromEmail: 'news@xn--mnchen-3ya.de', fromName: null },
        },
      },
      result: {
        errors: [
          new GraphQLError(
            'xn--mnchen-3ya.de is already verified by another account; it cannot be used here.',
            {
              extensions: { code: 'CONFLICT', field: 'domain' },
            },
          ),
        ],
      },
    };
    await renderHostedPage([settingsMock(settingsWith(null)), refused]);
    fireEvent.change(await screen.findByRole('textbox', { name: /^Domain/ }), {
      target: { value: 'münchen.de' },
    });
    expect(screen.getByText('In DNS: xn--mnchen-3ya.de')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /^Sender address/ }), { target: { value: 'news' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    const alert = await screen.findByTestId('hosted-conflict');
    expect(alert.textContent).toContain('This domain belongs to another account');
    expect(alert.textContent).toContain('already verified by another account');
  });

  it('speaks German, including the shared schema’s field errors', async () => {
    await renderHostedPage([settingsMock(settingsWith(null))], 'de');
    fireEvent.change(await screen.findByRole('textbox', { name: /^Domain/ }), {
      target: { value: '192.168.1.1' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Übernehmen' }));
    expect(await screen.findByText(/Von einer IP-Adresse kann nicht gesendet werden/)).toBeTruthy();
  });
});
