import { Button, Code, Group, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { formatDateTime } from '../../../lib/format';
import { useCapturedMail } from '../hooks/useCapturedMail';
import { useMailboxTranslation } from '../texts';

const preStyle = {
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-word',
  maxHeight: 600,
  overflow: 'auto',
} as const;

/** One message: rendered HTML in a sandboxed frame (no scripts, no same origin), text, headers, source. */
export function MailDetail({ id, onBack }: { id: string; onBack: () => void }) {
  const { t, i18n } = useMailboxTranslation();
  const { mail, loading, error, refetch } = useCapturedMail(id);

  const back = (
    <Group>
      <Button variant="subtle" size="xs" onClick={onBack}>
        ← {t('back')}
      </Button>
    </Group>
  );
  if (error)
    return (
      <Stack>
        {back}
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </Stack>
    );
  if (loading) return <PageLoader />;
  if (!mail)
    return (
      <Stack>
        {back}
        <Text>{t('notFound')}</Text>
      </Stack>
    );
  const subject = mail.subject || t('noSubject');

  return (
    <Stack gap="md" component="article" aria-labelledby="mail-subject">
      {back}
      <Paper withBorder p="md">
        <Stack gap={4}>
          <Title order={2} size="h4" id="mail-subject">
            {subject}
          </Title>
          {(
            [
              ['from', mail.from],
              ['to', mail.to],
              ['received', formatDateTime(mail.receivedAt, i18n.language)],
            ] as const
          ).map(([label, value]) => (
            <Text key={label} size="sm">
              <Text span c="dimmed" size="sm">
                {t(label)}:{' '}
              </Text>
              {value}
            </Text>
          ))}
        </Stack>
      </Paper>
      <Tabs defaultValue={mail.html ? 'html' : 'text'} keepMounted={false}>
        <Tabs.List>
          {(['html', 'text', 'headers', 'raw'] as const).map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="html" pt="md">
          {mail.html ? (
            // sandbox="" : the message's HTML gets no scripts, no forms, no same-origin access to the app.
            <iframe
              sandbox=""
              srcDoc={mail.html}
              title={t('htmlFrameTitle', { subject })}
              style={{
                width: '100%',
                height: 640,
                border: '1px solid var(--mantine-color-gray-3)',
                borderRadius: 8,
                background: 'white',
              }}
            />
          ) : (
            <Text c="dimmed">{t('noHtml')}</Text>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="text" pt="md">
          {mail.text ? (
            <Code block style={preStyle}>
              {mail.text}
            </Code>
          ) : (
            <Text c="dimmed">{t('noText')}</Text>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="headers" pt="md">
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing={4} fz="sm">
              <Table.Caption>{t('headersCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('headerName')}</Table.Th>
                  <Table.Th scope="col">{t('headerValue')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {mail.headers.map((header, index) => (
                  // Headers repeat (Received:), so the position is part of the key.
                  // biome-ignore lint/suspicious/noArrayIndexKey: order is the identity of a header line
                  <Table.Tr key={index}>
                    <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                      <Code>{header.name}</Code>
                    </Table.Td>
                    <Table.Td style={{ wordBreak: 'break-word' }}>{header.value}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Tabs.Panel>
        <Tabs.Panel value="raw" pt="md">
          <Code block style={preStyle}>
            {mail.raw}
          </Code>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
