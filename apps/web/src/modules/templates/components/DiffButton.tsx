import { Box, Button, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { diffLines } from 'diff';
import { useTranslation } from 'react-i18next';

export type DiffSection = { label: string; before: string; after: string };

const withNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

function LineDiff({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation('templates');
  // A trailing newline on both sides, so a changed last line is not reported as two changes.
  const parts = diffLines(withNewline(before), withNewline(after));
  return (
    <Box
      component="pre"
      fz="xs"
      p="xs"
      m={0}
      bg="gray.0"
      style={{ whiteSpace: 'pre-wrap', overflowX: 'auto' }}
    >
      {parts.map((part, index) => {
        const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
        const sign = part.added ? '+ ' : part.removed ? '- ' : '  ';
        const lines = part.value.replace(/\n$/, '').split('\n');
        return (
          <Box
            // biome-ignore lint/suspicious/noArrayIndexKey: the diff is recomputed as a whole, never reordered
            key={index}
            component={kind === 'added' ? 'ins' : kind === 'removed' ? 'del' : 'span'}
            display="block"
            bg={kind === 'added' ? 'teal.1' : kind === 'removed' ? 'red.1' : undefined}
            style={{ textDecoration: 'none' }}
            title={kind === 'same' ? undefined : t(`diff.${kind}`)}
          >
            {lines.map((line) => `${sign}${line}`).join('\n')}
          </Box>
        );
      })}
    </Box>
  );
}

/** The editor's text (saved or not) against the catalog's default, line by line. */
export function DiffButton({ sections }: { sections: DiffSection[] }) {
  const { t } = useTranslation('templates');
  const [opened, { open, close }] = useDisclosure(false);
  const changed = sections.filter((section) => section.before !== section.after);
  return (
    <>
      <Button variant="default" onClick={open}>
        {t('diff.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('diff.title')} size="xl">
        <Stack gap="md">
          {changed.length === 0 ? (
            <Text size="sm">{t('diff.same')}</Text>
          ) : (
            <>
              <Text size="sm" c="dimmed">
                {t('diff.legend')}
              </Text>
              {changed.map((section) => (
                <section key={section.label}>
                  <Title order={3} size="h6" mb={4}>
                    {section.label}
                  </Title>
                  <LineDiff before={section.before} after={section.after} />
                </section>
              ))}
            </>
          )}
        </Stack>
      </Modal>
    </>
  );
}
