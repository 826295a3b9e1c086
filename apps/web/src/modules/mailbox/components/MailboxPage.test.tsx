import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accountMock, adminUser, meMock, renderApp } from '../../../test/render-app';
import { CapturedMailQuery, MailboxQuery } from '../graphql/mailbox.graphql';

const base = [meMock(adminUser), accountMock];
const listed = {
  __typename: 'CapturedMail' as const,
  id: 'm1',
  from: 'noreply@ametrika.com',
  to: 'admin@example.com',
  envelopeTo: ['admin@example.com'],
  subject: 'Welcome',
  receivedAt: '2025-03-12T13:05:00.000Z',
};
const mailbox = (enabled: boolean, messages: (typeof listed)[]) => ({
  request: { query: MailboxQuery, variables: { first: 100 } },
  result: { data: { mailboxEnabled: enabled, mailbox: messages } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

// The first render loads the lazy page chunk, which takes a few seconds under happy-dom.
describe('MailboxPage', { timeout: 20_000 }, () => {
  it('opens a message with its HTML in a sandboxed frame', async () => {
    const detail = {
      request: { query: CapturedMailQuery, variables: { id: 'm1' } },
      result: {
        data: {
          capturedMail: {
            ...listed,
            html: '<p>Hello <script>alert(1)</script></p>',
            text: 'Hello',
            raw: 'Subject: Welcome\r\n\r\nHello',
            headers: [{ __typename: 'MailHeader', name: 'Subject', value: 'Welcome' }],
          },
        },
      },
    };
    await renderApp({ path: '/mailbox', mocks: [...base, mailbox(true, [listed]), detail] });
    fireEvent.click(await screen.findByRole('link', { name: 'Open message “Welcome”' }, { timeout: 5000 }));

    const frame = (await screen.findByTitle('Rendered HTML of “Welcome”')) as HTMLIFrameElement;
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toContain('<p>Hello');
    fireEvent.click(screen.getByRole('tab', { name: 'Headers' }));
    expect(await screen.findByText('Subject')).toBeTruthy();
  });

  it('explains the empty built-in mailbox and the state when a relay is configured', async () => {
    const view = await renderApp({ path: '/mailbox', mocks: [...base, mailbox(true, [])] });
    expect(
      await screen.findByText(/This is the built-in mailbox/, undefined, { timeout: 5000 }),
    ).toBeTruthy();
    view.unmount();

    await renderApp({ path: '/mailbox', mocks: [...base, mailbox(false, [])], language: 'de' });
    expect(
      await screen.findByText('Das integrierte Postfach ist ausgeschaltet', undefined, { timeout: 5000 }),
    ).toBeTruthy();
  });
});
