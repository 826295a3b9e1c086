import { Anchor, Table } from '@mantine/core';
import type { MailboxQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { useMailboxTranslation } from '../texts';

type Message = MailboxQuery['mailbox'][number];
type MailboxTableProps = { messages: Message[]; onOpen: (id: string) => void };

export function MailboxTable({ messages, onOpen }: MailboxTableProps) {
  const { t, i18n } = useMailboxTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('listLabel')}>
        <Table.Caption>{t('caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('subject')}</Table.Th>
            <Table.Th scope="col">{t('from')}</Table.Th>
            <Table.Th scope="col">{t('to')}</Table.Th>
            <Table.Th scope="col">{t('received')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {messages.map((message) => {
            const subject = message.subject || t('noSubject');
            return (
              <Table.Tr key={message.id}>
                <Table.Td>
                  {/* A real link: keyboard users reach it with Tab, and it can open in a new tab. */}
                  <Anchor
                    href={`?id=${encodeURIComponent(message.id)}`}
                    onClick={(event) => {
                      if (event.metaKey || event.ctrlKey || event.shiftKey) return;
                      event.preventDefault();
                      onOpen(message.id);
                    }}
                    aria-label={t('open', { subject })}
                    fw={500}
                  >
                    {subject}
                  </Anchor>
                </Table.Td>
                <Table.Td>{message.from}</Table.Td>
                <Table.Td>{message.to || message.envelopeTo.join(', ')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(message.receivedAt, i18n.language)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
