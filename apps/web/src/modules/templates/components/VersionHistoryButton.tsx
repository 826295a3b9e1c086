import { Badge, Button, Drawer, EmptyState, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import type { VersionFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { useVersionHistory } from '../hooks/useVersionHistory';
import type { EditTarget } from '../lib/target';

type VersionHistoryButtonProps = {
  target: EditTarget;
  canRestore: boolean;
  dirty: boolean;
  restoring: boolean;
  error: unknown;
  onRestore: (version: VersionFieldsFragment) => Promise<boolean>;
};

const KIND_COLORS = { SAVE: 'indigo', RESET: 'orange', RESTORE: 'teal' } as const;

/** Who changed what when (saves, resets, restores), each restorable. */
export function VersionHistoryButton(props: VersionHistoryButtonProps) {
  const { target, canRestore, dirty, restoring, error, onRestore } = props;
  const { t, i18n } = useTranslation('templates');
  const [opened, { open, close }] = useDisclosure(false);
  const history = useVersionHistory(target, opened);
  const restore = async (version: VersionFieldsFragment) => {
    if (await onRestore(version)) close();
  };

  const list = history.error ? (
    <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />
  ) : history.loading ? (
    <PageLoader />
  ) : !history.versions?.length ? (
    <EmptyState variant="light" align="left" description={t('history.empty')} />
  ) : (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="xs" striped>
        <Table.Caption>{t('history.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('history.version')}</Table.Th>
            <Table.Th scope="col">{t('history.kind')}</Table.Th>
            <Table.Th scope="col">{t('history.author')}</Table.Th>
            <Table.Th scope="col">{t('history.when')}</Table.Th>
            {canRestore && <Table.Th scope="col">{t('history.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.versions.map((version, index) => (
            <Table.Tr key={version.id}>
              <Table.Td>{version.number}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={KIND_COLORS[version.kind]}>
                  {t(`history.kinds.${version.kind}`)}
                </Badge>
              </Table.Td>
              <Table.Td style={{ wordBreak: 'break-all' }}>{version.author}</Table.Td>
              <Table.Td>{formatDateTime(version.createdAt, i18n.language)}</Table.Td>
              {canRestore && (
                <Table.Td>
                  {index === 0 ? (
                    <Text size="xs" c="dimmed">
                      {t('history.current')}
                    </Text>
                  ) : (
                    <Button
                      size="xs"
                      variant="light"
                      loading={restoring}
                      onClick={() => void restore(version)}
                      aria-label={t('history.restoreLabel', { number: version.number })}
                    >
                      {t('history.restore')}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );

  return (
    <>
      <Button variant="default" onClick={open}>
        {t('history.button')}
      </Button>
      <Drawer opened={opened} onClose={close} title={t('history.title')} position="right" size="lg">
        <Stack gap="md">
          {dirty && canRestore && (
            <Text size="sm" fw={500}>
              {t('history.unsavedNote')}
            </Text>
          )}
          {error ? <ErrorAlert error={error} forbiddenAction={t('editor.forbiddenAction')} /> : null}
          {list}
        </Stack>
      </Drawer>
    </>
  );
}
