import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DeliveryStatus } from '../../../gql/graphql';
import { accountMock, adminUser, meMock, renderApp } from '../../../test/render-app';
import {
  DeliveriesQuery,
  DeliveryAlertsQuery,
  DeliveryTemplateNamesQuery,
} from '../graphql/deliveries.graphql';

const node = (id: string, status: DeliveryStatus, to: string) => ({
  __typename: 'Delivery' as const,
  id,
  status,
  kind: 'test',
  templateKey: 'insights_digest',
  to,
  senderMode: 'PLATFORM',
  attempts: 1,
  nextAttemptAt: null as string | null,
  lastResponse: status === 'SENT' ? '250 2.0.0 Ok: queued' : '550 5.1.1 No such user',
  lastResponseCode: status === 'SENT' ? 250 : 550,
  createdAt: '2025-03-12T13:05:00.000Z',
  sentAt: null,
});
const page = (nodes: ReturnType<typeof node>[]) => ({
  deliveries: {
    __typename: 'DeliveryConnection' as const,
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
    edges: nodes.map((n) => ({ __typename: 'DeliveryEdge' as const, cursor: `c-${n.id}`, node: n })),
  },
});
const listMock = (status: DeliveryStatus | null, nodes: ReturnType<typeof node>[]) => ({
  request: { query: DeliveriesQuery, variables: { first: 25, after: null, status, templateKey: null } },
  result: { data: page(nodes) },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
const all = [
  node('d1', 'SENT', 'sent@example.com'),
  node('d2', 'FAILED', 'failed@example.com'),
  node('d3', 'EXPIRED', 'expired@example.com'),
];
const common = [
  accountMock,
  listMock(null, all),
  listMock('FAILED', [all[1]!]),
  {
    request: { query: DeliveryAlertsQuery },
    result: { data: { deliveryAlerts: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: DeliveryTemplateNamesQuery, variables: { locale: 'EN' } },
    result: {
      data: { templates: [{ __typename: 'Template', key: 'insights_digest', name: 'Data insights digest' }] },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];
const table = () =>
  screen.findByRole('table', { name: 'Messages of this account, newest first' }, { timeout: 5000 });

describe('DeliveriesPage', () => {
  it('shows when a deferred message is tried next, under its attempts', async () => {
    const deferred = {
      ...node('d4', 'DEFERRED', 'later@example.com'),
      attempts: 2,
      nextAttemptAt: '2025-03-12T13:10:00.000Z',
    };
    const mocks = common.filter((mock) => mock !== common[1]);
    await renderApp({
      path: '/deliveries',
      mocks: [meMock(adminUser), ...mocks, listMock(null, [deferred])],
    });
    const row = await screen.findByTestId('delivery-row-d4', {}, { timeout: 5000 });
    const attempts = within(row).getByText(/^next /);
    expect(attempts.textContent).toMatch(/^next \d+\/\d+\/\d+, \d+:\d+/);
    expect(attempts.parentElement?.textContent).toMatch(/^2next /);
  });

  it('offers "Send again" to admins for failed and expired messages only, and filters by status', async () => {
    await renderApp({ path: '/deliveries', mocks: [meMock(adminUser), ...common] });
    const list = await table();
    expect(within(list).getAllByText('Data insights digest')).toHaveLength(3);
    expect(within(list).getByText('Sent')).toBeTruthy();

    expect(screen.getByRole('button', { name: 'Send the message to failed@example.com again' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Send the message to expired@example.com again' }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send the message to sent@example.com again' })).toBeNull();
    expect(screen.getByTestId('delivery-range').textContent).toBe('1–3 of 3');

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'FAILED' } });
    await screen.findByText('1–1 of 1');
    const filtered = await table();
    expect(within(filtered).getByText('failed@example.com')).toBeTruthy();
    expect(within(filtered).queryByText('sent@example.com')).toBeNull();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeTruthy();
  });

  it('shows members the log without "Send again"', async () => {
    const member = { ...adminUser, role: 'MEMBER' as const };
    await renderApp({ path: '/deliveries', mocks: [meMock(member), ...common] });
    const list = await table();
    expect(within(list).getByText('failed@example.com')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /again/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Details of the message to failed@example.com' })).toBeTruthy();
  });

  it('shows an account alert as a banner and refreshes while messages are on their way', async () => {
    const alert = {
      __typename: 'DeliveryAlert' as const,
      stage: 'AUTH',
      message: '535 5.7.8 Authentication credentials invalid',
      responseCode: 535,
      host: 'smtp.example.com',
      firstSeenAt: '2025-03-12T13:00:00.000Z',
      lastSeenAt: '2025-03-12T13:05:00.000Z',
      pausedUntil: '2025-03-12T13:20:00.000Z',
    };
    const mocks = [
      meMock(adminUser),
      listMock(null, [node('d9', 'DEFERRED', 'waiting@example.com')]),
      { request: { query: DeliveryAlertsQuery }, result: { data: { deliveryAlerts: [alert] } } },
      ...common.filter(
        (mock) => mock.request.query !== DeliveryAlertsQuery && mock.request.query !== DeliveriesQuery,
      ),
    ];
    await renderApp({ path: '/deliveries', mocks });
    expect(
      await screen.findByText(
        'Your SMTP server smtp.example.com refused our login, so mail through it is paused.',
        undefined,
        {
          timeout: 5000,
        },
      ),
    ).toBeTruthy();
    expect(screen.getByText(/535 5.7.8 Authentication credentials invalid/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Check the SMTP settings' }).getAttribute('href')).toBe(
      '/settings/email/sender',
    );
    expect(await screen.findByText('Updating automatically while messages are on their way.')).toBeTruthy();
  });

  it('reads the status filter from the URL', async () => {
    await renderApp({ path: '/deliveries?status=FAILED', mocks: [meMock(adminUser), ...common] });
    const list = await table();
    expect(within(list).getByText('failed@example.com')).toBeTruthy();
    expect(within(list).queryByText('expired@example.com')).toBeNull();
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('FAILED');
  });
});
